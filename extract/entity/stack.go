package entity

// Second-stage feature templates: what the first stage predicted for this
// token, its neighbours, and the same word elsewhere in the document.
const (
	fS1Tag byte = iota + 100
	fS1Prev
	fS1Next
	fAggType
	fAggTypeShape
	fAggMajor
	fAggOnly
)

// typeOf maps a label to 0 (O), 1 PER, 2 ORG, 3 LOC, 4 MISC.
func typeOf(l int) int { return (l + 1) / 2 }

// aggregate counts, per lower-cased word, the first-stage entity types of
// its occurrences in a document.
type aggregate struct {
	counts map[string]*[5]int32
}

func newAggregate(sentences [][]string, tags [][]int) *aggregate {
	a := &aggregate{counts: map[string]*[5]int32{}}
	for si, words := range sentences {
		for i, w := range words {
			if !hasLetter(w) {
				continue
			}
			a.add(lowerKey(w), typeOf(tags[si][i]))
		}
	}
	return a
}

func (a *aggregate) add(key string, typ int) {
	c := a.counts[key]
	if c == nil {
		c = new([5]int32)
		a.counts[key] = c
	}
	c[typ]++
}

// lowerKey lower-cases w without allocating when it is already lower case.
func lowerKey(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return toLower(w)
		}
	}
	return w
}

// stackFeatures appends the second-stage features of token i.
func stackFeatures(toks []token, i int, tags1 []int, agg *aggregate, capsSent bool, out []uint64) []uint64 {
	n := len(toks)
	t := &toks[i]
	typ := func(j int) byte {
		if j < 0 || j >= n {
			return 'S'
		}
		return byte('0' + tags1[j])
	}
	cur := typ(i)
	out = append(out, hashByte(hashByte(fnvOffset, fS1Tag), cur))
	out = append(out, hashByte(hashByte(hashByte(fnvOffset, fS1Prev), typ(i-1)), cur))
	out = append(out, hashByte(hashByte(hashByte(fnvOffset, fS1Next), typ(i+1)), cur))
	if agg == nil || !hasLetter(t.word) {
		return out
	}
	c := agg.counts[t.lower]
	if c == nil {
		return out
	}
	others := *c
	others[typeOf(tags1[i])]--
	total, major := int32(0), -1
	caps := byte('n')
	if capsSent {
		caps = 'y'
	}
	for ty, k := range others {
		if k <= 0 {
			continue
		}
		total += k
		out = append(out, hashByte(hashByte(fnvOffset, fAggType), byte(ty)))
		out = append(out, hashString(hashByte(hashByte(hashByte(fnvOffset, fAggTypeShape), byte(ty)), caps), t.short))
		if major < 0 || k > others[major] {
			major = ty
		}
	}
	if major >= 0 {
		out = append(out, hashByte(hashByte(hashByte(fnvOffset, fAggMajor), byte(major)), cur))
		if others[major] == total {
			out = append(out, hashByte(hashByte(fnvOffset, fAggOnly), byte(major)))
		}
	}
	return out
}
