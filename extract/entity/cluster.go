package entity

import (
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
	"unicode"
)

// clusterLevels is the number of granularities a word's cluster is given at,
// finest first, like the prefixes of a Brown cluster bit string.
const clusterLevels = 3

// Clusters maps a normalised word (lower case, digits as 0) to its cluster
// at each level. Clusters are learnt without labels from raw news text.
type Clusters struct {
	ids map[string][clusterLevels]int16
}

// Len is the number of clustered words.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

func (c *Clusters) lookup(norm string) ([clusterLevels]int16, bool) {
	if c == nil {
		return [clusterLevels]int16{}, false
	}
	v, ok := c.ids[norm]
	return v, ok
}

// ClusterOptions sets how clusters are learnt.
type ClusterOptions struct {
	MinCount   int   // words seen fewer times get no cluster
	MaxVocab   int   // most frequent words clustered
	Contexts   int   // most frequent words used as left/right contexts
	K          []int // clusters per level, finest first (len clusterLevels)
	Iterations int
	Seed       int64
}

// DefaultClusterOptions are the settings the shipped model is trained with.
func DefaultClusterOptions() ClusterOptions {
	return ClusterOptions{MinCount: 2, MaxVocab: 80000, Contexts: 1000, K: []int{2000, 400, 80}, Iterations: 12, Seed: 1}
}

// normWord is the key words are clustered under.
func normWord(w string) string {
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 {
			lower = false
			break
		}
	}
	if lower {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

type sparseVec struct {
	idx []int32
	val []float32
}

// LearnClusters clusters the words of sentences by their left and right
// neighbours: positive PMI context vectors, spherical k-means for the finest
// level, then k-means over those centroids for each coarser level.
func LearnClusters(sentences [][]string, opts ClusterOptions) *Clusters {
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[normWord(w)]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var byFreq []wc
	for w, n := range counts {
		byFreq = append(byFreq, wc{w, n})
	}
	sort.Slice(byFreq, func(i, j int) bool {
		if byFreq[i].n != byFreq[j].n {
			return byFreq[i].n > byFreq[j].n
		}
		return byFreq[i].w < byFreq[j].w
	})
	vocab := map[string]int32{}
	var words []string
	for _, e := range byFreq {
		if e.n < opts.MinCount || len(words) >= opts.MaxVocab {
			break
		}
		vocab[e.w] = int32(len(words))
		words = append(words, e.w)
	}
	nctx := min(opts.Contexts, len(words))
	// context ids: 0..nctx-1 frequent words, nctx = other, nctx+1 = boundary;
	// left contexts first, right contexts offset by nctx+2.
	dim := 2 * (nctx + 2)
	ctxOf := func(s []string, i int) int32 {
		if i < 0 || i >= len(s) {
			return int32(nctx + 1)
		}
		if id, ok := vocab[normWord(s[i])]; ok && int(id) < nctx {
			return id
		}
		return int32(nctx)
	}
	co := make([]map[int32]float32, len(words))
	for i := range co {
		co[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, dim)
	var total float64
	for _, s := range sentences {
		for i, w := range s {
			id, ok := vocab[normWord(w)]
			if !ok {
				continue
			}
			l := ctxOf(s, i-1)
			r := ctxOf(s, i+1) + int32(nctx+2)
			co[id][l]++
			co[id][r]++
			ctxTotal[l]++
			ctxTotal[r]++
			total += 2
		}
	}
	vecs := make([]sparseVec, len(words))
	for id, m := range co {
		var wtot float64
		for _, v := range m {
			wtot += float64(v)
		}
		keys := make([]int32, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		var v sparseVec
		var norm float64
		for _, k := range keys {
			pmi := math.Log(float64(m[k]) * total / (wtot * ctxTotal[k]))
			if pmi <= 0 {
				continue
			}
			v.idx = append(v.idx, k)
			v.val = append(v.val, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for i := range v.val {
			v.val[i] /= float32(norm)
		}
		vecs[id] = v
		co[id] = nil
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	assign, centroids := sphericalKMeans(vecs, dim, opts.K[0], opts.Iterations, rng)
	levels := make([][]int, len(opts.K))
	levels[0] = assign
	prev := centroids
	for l := 1; l < len(opts.K) && l < clusterLevels; l++ {
		dense := make([]sparseVec, len(prev))
		for i, c := range prev {
			var v sparseVec
			for j, x := range c {
				if x != 0 {
					v.idx = append(v.idx, int32(j))
					v.val = append(v.val, x)
				}
			}
			dense[i] = v
		}
		a, cs := sphericalKMeans(dense, dim, opts.K[l], opts.Iterations, rng)
		levels[l] = make([]int, len(words))
		for w := range words {
			levels[l][w] = a[levels[l-1][w]]
		}
		prev = cs
	}
	c := &Clusters{ids: make(map[string][clusterLevels]int16, len(words))}
	for w, word := range words {
		var v [clusterLevels]int16
		for l := 0; l < clusterLevels && l < len(levels); l++ {
			v[l] = int16(levels[l][w])
		}
		c.ids[word] = v
	}
	return c
}

func identity(n int) []int {
	a := make([]int, n)
	for i := range a {
		a[i] = i
	}
	return a
}

// sphericalKMeans clusters unit vectors by cosine similarity.
func sphericalKMeans(vecs []sparseVec, dim, k, iters int, rng *rand.Rand) ([]int, [][]float32) {
	k = min(k, len(vecs))
	centroids := make([][]float32, k)
	perm := rng.Perm(len(vecs))
	for i := 0; i < k; i++ {
		c := make([]float32, dim)
		v := vecs[perm[i]]
		for j, x := range v.idx {
			c[x] = v.val[j]
		}
		centroids[i] = c
	}
	assign := make([]int, len(vecs))
	for it := 0; it < iters; it++ {
		changed := 0
		for i, v := range vecs {
			best, bestSim := 0, float32(-1)
			for ci, c := range centroids {
				var s float32
				for j, x := range v.idx {
					s += c[x] * v.val[j]
				}
				if s > bestSim {
					best, bestSim = ci, s
				}
			}
			if assign[i] != best || it == 0 {
				changed++
			}
			assign[i] = best
		}
		for _, c := range centroids {
			clear(c)
		}
		sizes := make([]int, k)
		for i, v := range vecs {
			c := centroids[assign[i]]
			sizes[assign[i]]++
			for j, x := range v.idx {
				c[x] += v.val[j]
			}
		}
		for ci, c := range centroids {
			if sizes[ci] == 0 {
				// Reseed an empty cluster with a random word.
				v := vecs[rng.Intn(len(vecs))]
				for j, x := range v.idx {
					c[x] = v.val[j]
				}
				continue
			}
			var n float64
			for _, x := range c {
				n += float64(x) * float64(x)
			}
			if n > 0 {
				s := float32(1 / math.Sqrt(n))
				for j := range c {
					c[j] *= s
				}
			}
		}
		if changed == 0 {
			break
		}
	}
	return assign, centroids
}

type clusterFile struct {
	Words []string
	IDs   []int16
}

// Save writes the clusters (gob), for reuse between training runs.
func (c *Clusters) Save(w io.Writer) error {
	var f clusterFile
	words := make([]string, 0, len(c.ids))
	for w := range c.ids {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		ids := c.ids[w]
		f.Words = append(f.Words, w)
		f.IDs = append(f.IDs, ids[:]...)
	}
	return gob.NewEncoder(w).Encode(&f)
}

// LoadClusters reads clusters written by Clusters.Save.
func LoadClusters(r io.Reader) (*Clusters, error) {
	var f clusterFile
	if err := gob.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	if len(f.IDs) != len(f.Words)*clusterLevels {
		return nil, fmt.Errorf("clusters: %d ids for %d words", len(f.IDs), len(f.Words))
	}
	c := &Clusters{ids: make(map[string][clusterLevels]int16, len(f.Words))}
	for i, w := range f.Words {
		var ids [clusterLevels]int16
		copy(ids[:], f.IDs[i*clusterLevels:])
		c.ids[w] = ids
	}
	return c, nil
}

// WordClusters returns every clustered word (normalised: lower case, digits
// as 0) with its cluster at each level, finest first. Other models (the
// syntax layer's tagger and parser) are trained with the same clusters.
func (t *Tagger) WordClusters() map[string][3]int16 {
	out := make(map[string][3]int16, t.m.clusters.Len())
	if t.m.clusters == nil {
		return out
	}
	for w, ids := range t.m.clusters.ids {
		out[w] = ids
	}
	return out
}
