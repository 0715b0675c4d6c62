package entity

import (
	"strconv"
	"strings"
	"unicode"
)

// Expression types.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeMoney    = "MONEY"
	TypePercent  = "PERCENT"
	TypeQuantity = "QUANTITY"
	TypeCardinal = "CARDINAL"
)

var (
	months = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
		"oct": 10, "nov": 11, "dec": 12,
	}
	weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// numberWords are spelt-out numbers; scaleWords multiply the number before.
	numberWords = set("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
		"dozen", "dozens", "hundreds", "thousands", "millions", "billions")
	scaleWords      = set("hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "tn")
	currencySymbols = []string{"US$", "HK$", "C$", "A$", "NZ$", "$", "£", "€", "¥", "₹", "₽"}
	currencyWords   = set("dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
		"renminbi", "rupee", "rupees", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "mark", "marks",
		"peso", "pesos", "cent", "cents", "pence", "hryvnia", "hryvnias", "lira", "lire", "shekel", "shekels",
		"won", "rand", "real", "reais", "usd", "eur", "gbp", "jpy", "cny", "rub", "uah")
	// moneyScales may follow a number written against a currency: "600m".
	moneyScales    = set("", "m", "mn", "bn", "b", "k", "tn", "million", "billion", "trillion")
	dollarPrefixes = set("US", "A", "C", "HK", "NZ", "S")
	percentWords   = set("%", "percent", "pct", "per-cent")
	timeUnits      = set("second", "seconds", "minute", "minutes", "hour", "hours")
	dateUnits      = set("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
		"century", "centuries", "weekend", "weekends")
	quantityUnits = set("km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
		"meters", "metre", "meter", "feet", "foot", "ft", "inches", "inch", "cm", "mm", "kg", "kilograms",
		"kilogram", "kilos", "grams", "gram", "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "bpd",
		"litres", "liters", "litre", "liter", "gallons", "gallon", "acres", "acre", "hectares", "hectare",
		"megawatts", "mw", "gw", "kw", "kwh", "degrees", "mph", "km/h", "sq", "square", "cubic", "lb", "lbs", "oz",
		"calories", "gigawatts", "kilowatts", "bcm")
	dateCues  = set("in", "since", "by", "until", "till", "of", "from", "to", "during", "before", "after", "early", "late", "mid", "around", "through", "between")
	relatives = set("last", "next", "this", "past", "coming", "previous", "following", "same")
	relUnits  = set("week", "month", "year", "weekend", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "quarter", "season")
	timeZones = set("gmt", "utc", "est", "edt", "et", "pst", "pdt", "cet", "cest", "bst", "msk")
	dayWords  = set("today", "yesterday", "tomorrow")
	timeWords = set("noon", "midnight", "tonight", "overnight")
	dayParts  = set("morning", "afternoon", "evening", "night")
	amWords   = set("am", "pm", "a.m.", "p.m.", "a.m", "p.m")
	agoWords  = set("ago", "earlier", "later", "old", "long")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isDigits reports whether w is a written number: digits with , and . inside.
func isDigits(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= '0' && c <= '9' || (c == ',' || c == '.') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9') {
			return false
		}
	}
	return true
}

// splitNumber splits "1.13bn" or "600m" or "5km" into a written number and
// the letters after it.
func splitNumber(w string) (num, rest string) {
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || (w[i] == ',' || w[i] == '.') && i+1 < len(w) && w[i+1] >= '0' && w[i+1] <= '9') {
		i++
	}
	if i == 0 || w[0] < '0' || w[0] > '9' {
		return "", w
	}
	return w[:i], w[i:]
}

func isNumberWord(lw string) bool {
	if numberWords[lw] {
		return true
	}
	if a, b, ok := strings.Cut(lw, "-"); ok {
		return numberWords[a] && numberWords[b]
	}
	return false
}

// numberLen is the length of the number phrase starting at words[i]: a
// written or spelt-out number and any scale words after it ("1.5 million").
func numberLen(words []string, i int) int {
	if i >= len(words) {
		return 0
	}
	lw := strings.ToLower(words[i])
	n := 0
	switch {
	case isDigits(lw):
		n = 1
	case isNumberWord(lw):
		n = 1
		for i+n < len(words) && isNumberWord(strings.ToLower(words[i+n])) {
			n++
		}
	case strings.HasPrefix(lw, "a") && (lw == "a" || lw == "an") && i+1 < len(words) && scaleWords[strings.ToLower(words[i+1])]:
		n = 1
	default:
		if num, rest := splitNumber(lw); num != "" && scaleWords[rest] {
			return 1
		}
		return 0
	}
	for i+n < len(words) && scaleWords[strings.ToLower(words[i+n])] {
		n++
	}
	return n
}

func dayNumber(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "th"), "st"), "nd"), "rd")
	d, err := strconv.Atoi(w)
	return err == nil && d >= 1 && d <= 31 && len(w) <= 2
}

func yearNumber(w string) bool {
	if len(w) != 4 && !(len(w) == 5 && w[4] == 's') {
		return false
	}
	y, err := strconv.Atoi(w[:4])
	return err == nil && y >= 1000 && y <= 2100
}

func monthWord(w string) bool {
	lw := strings.TrimSuffix(strings.ToLower(w), ".")
	_, ok := months[lw]
	return ok && isInitCap(w)
}

// isoDate matches 1996-08-22, 22/08/1996 and 08/22/96.
func isoDate(w string) bool {
	for _, sep := range []string{"-", "/"} {
		parts := strings.Split(w, sep)
		if len(parts) != 3 {
			continue
		}
		ok := true
		for _, p := range parts {
			if _, err := strconv.Atoi(p); err != nil || len(p) > 4 {
				ok = false
			}
		}
		if ok && (len(parts[0]) == 4 || len(parts[2]) >= 2) {
			return true
		}
	}
	return false
}

// clockTime matches 10:30, 10:30am, 3pm, 3.30pm.
func clockTime(w string) bool {
	lw := strings.ToLower(w)
	for _, s := range []string{"am", "pm", "a.m.", "p.m."} {
		if strings.HasSuffix(lw, s) && len(lw) > len(s) {
			lw = lw[:len(lw)-len(s)]
			if h, err := strconv.Atoi(lw); err == nil {
				return h >= 0 && h <= 12
			}
			break
		}
	}
	h, m, ok := strings.Cut(lw, ":")
	if !ok {
		h, m, ok = strings.Cut(lw, ".")
		if !ok || lw == w {
			return false
		}
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && len(m) == 2 && hh >= 0 && hh <= 24 && mm >= 0 && mm < 60
}

// Expressions tags number expressions in one sentence's words with IOB2 tags
// of types DATE ("April 25", "February 2022", "last week"), TIME ("10:30",
// "three hours"), MONEY ("$300 billion"), PERCENT ("12%"), QUANTITY ("5 km")
// and CARDINAL ("5,000"). The rules are written for English news.
func Expressions(words []string) []string {
	tags := make([]string, len(words))
	for i := range tags {
		tags[i] = "O"
	}
	for i := 0; i < len(words); {
		n, typ := expressionAt(words, i)
		if n == 0 {
			i++
			continue
		}
		tags[i] = "B-" + typ
		for k := i + 1; k < i+n; k++ {
			tags[k] = "I-" + typ
		}
		i += n
	}
	return tags
}

func lowerAt(words []string, i int) string {
	if i < 0 || i >= len(words) {
		return ""
	}
	return strings.ToLower(words[i])
}

// expressionAt returns the length and type of the expression starting at i.
func expressionAt(words []string, i int) (int, string) {
	w := words[i]
	lw := strings.ToLower(w)
	// Dates led by a weekday or month, or a day before a month.
	if weekdays[lw] && isInitCap(w) {
		n := 1
		if lowerAt(words, i+1) == "," && i+2 < len(words) && (monthWord(words[i+2]) || dayNumber(words[i+2]) && i+3 < len(words) && monthWord(words[i+3])) {
			n = 2
		}
		if i+n < len(words) && (monthWord(words[i+n]) || dayNumber(words[i+n]) && i+n+1 < len(words) && monthWord(words[i+n+1])) {
			m, _ := monthDate(words, i+n)
			return n + m, TypeDate
		}
		for _, p := range []string{"morning", "afternoon", "evening", "night"} {
			if lowerAt(words, i+1) == p {
				return 2, TypeTime
			}
		}
		return 1, TypeDate
	}
	if m, ok := monthDate(words, i); ok {
		return m, TypeDate
	}
	if dayWords[lw] {
		return 1, TypeDate
	}
	if timeWords[lw] {
		return 1, TypeTime
	}
	if relatives[lw] && i+1 < len(words) {
		next := lowerAt(words, i+1)
		switch {
		case relUnits[next] || weekdays[next] || months[next] > 0 && monthWord(words[i+1]):
			return 2, TypeDate
		case dayParts[next] && lw != "next":
			return 2, TypeTime
		}
	}
	if (lw == "the" || lw == "mid" || lw == "early" || lw == "late") && i+1 < len(words) && len(words[i+1]) == 5 && yearNumber(words[i+1]) {
		return 2, TypeDate
	}
	if isoDate(w) {
		return 1, TypeDate
	}
	if clockTime(w) {
		n := 1
		if timeZones[lowerAt(words, i+1)] {
			n++
		}
		return n, TypeTime
	}
	// "US $ 20m": a country prefix split from its dollar sign.
	if dollarPrefixes[w] && i+1 < len(words) && words[i+1] == "$" {
		if n, typ := expressionAt(words, i+1); typ == TypeMoney {
			return 1 + n, TypeMoney
		}
	}
	// Money led by a currency symbol: "$", "300", "billion"; "$300bn"; "£", "600m".
	for _, sym := range currencySymbols {
		if !strings.HasPrefix(w, sym) {
			continue
		}
		rest := w[len(sym):]
		if rest == "" {
			if i+1 < len(words) {
				if num, tail := splitNumber(strings.ToLower(words[i+1])); num != "" && moneyScales[tail] {
					n := 2
					for i+n < len(words) && scaleWords[lowerAt(words, i+n)] {
						n++
					}
					return n, TypeMoney
				}
			}
			if n := numberLen(words, i+1); n > 0 {
				return 1 + n, TypeMoney
			}
			return 0, ""
		}
		if num, tail := splitNumber(rest); num != "" && moneyScales[strings.ToLower(tail)] {
			n := 1
			for i+n < len(words) && scaleWords[lowerAt(words, i+n)] {
				n++
			}
			return n, TypeMoney
		}
		return 0, ""
	}
	if num, tail := splitNumber(w); num != "" && tail == "%" {
		return 1, TypePercent
	}
	if num, tail := splitNumber(lw); num != "" && tail != "" && !scaleWords[tail] {
		switch {
		case quantityUnits[tail]:
			return 1, TypeQuantity
		case amWords[tail]:
			return 1, TypeTime
		}
	}
	n := numberLen(words, i)
	if n == 0 {
		return 0, ""
	}
	next := lowerAt(words, i+n)
	switch {
	case percentWords[next]:
		return n + 1, TypePercent
	case next == "per" && lowerAt(words, i+n+1) == "cent":
		return n + 2, TypePercent
	case currencyWords[next] && !(next == "mark" || next == "marks" || next == "won" || next == "real" || next == "rand") || (next == "marks" && isInitCap(words[i+n])):
		return n + 1, TypeMoney
	case (next == "u.s." || next == "us" || next == "hong") && currencyWords[lowerAt(words, i+n+1)]:
		return n + 2, TypeMoney
	case amWords[next] && n == 1:
		k := n + 1
		if timeZones[lowerAt(words, i+k)] {
			k++
		}
		return k, TypeTime
	case timeUnits[next]:
		return n + 1, TypeTime
	case dateUnits[next]:
		if agoWords[lowerAt(words, i+n+1)] && lowerAt(words, i+n+1) != "old" && lowerAt(words, i+n+1) != "long" {
			return n + 2, TypeDate
		}
		return n + 1, TypeDate
	case quantityUnits[next] && !(next == "square" || next == "cubic" || next == "sq") || (next == "square" || next == "cubic" || next == "sq") && quantityUnits[lowerAt(words, i+n+1)]:
		if next == "square" || next == "cubic" || next == "sq" {
			return n + 2, TypeQuantity
		}
		return n + 1, TypeQuantity
	}
	if n == 1 && yearNumber(w) && len(w) == 4 {
		return 1, TypeDate
	}
	if n == 1 && len(w) == 5 && yearNumber(w) {
		return 1, TypeDate
	}
	if !hasDigitOrNumberWord(words[i : i+n]) {
		return 0, ""
	}
	return n, TypeCardinal
}

func hasDigitOrNumberWord(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(w)
		if isDigits(lw) || isNumberWord(lw) && lw != "a" {
			return true
		}
		for _, r := range lw {
			if unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// monthDate matches "[day] Month [day][,] [year]" and "Month year" at i. A
// bare "May" or "March" needs a number beside it or a date cue before it.
func monthDate(words []string, i int) (int, bool) {
	start := i
	if dayNumber(words[i]) && i+1 < len(words) && monthWord(words[i+1]) {
		i++
	} else if !monthWord(words[i]) {
		return 0, false
	}
	j := i + 1
	hasNum := start < i
	if j < len(words) && dayNumber(words[j]) && !(j+1 < len(words) && quantityUnits[lowerAt(words, j+1)]) {
		j++
		hasNum = true
	}
	if j < len(words) && yearNumber(words[j]) {
		j++
		hasNum = true
	} else if j+1 < len(words) && words[j] == "," && yearNumber(words[j+1]) && hasNum {
		j += 2
	}
	if !hasNum {
		lm := strings.TrimSuffix(strings.ToLower(words[i]), ".")
		if lm == "may" || lm == "march" || len(lm) <= 4 && lm != "june" && lm != "july" {
			prev := lowerAt(words, start-1)
			if !dateCues[prev] && !relatives[prev] {
				return 0, false
			}
		}
	}
	return j - start, true
}
