package text

import "strings"

// titles are abbreviations that stand before a name, so a sentence never
// ends after them.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "capt": true, "cpt": true, "maj": true, "sgt": true, "adm": true, "brig": true,
	"cmdr": true, "cdr": true, "gov": true, "sen": true, "rep": true, "rev": true, "hon": true,
	"pres": true, "st": true, "mt": true, "ft": true, "fr": true, "sr": true, "jr": true,
	"messrs": true, "mme": true, "mlle": true, "cpl": true, "pvt": true, "supt": true,
	"insp": true, "det": true, "amb": true, "atty": true, "gens": true, "lieut": true,
	"no": true, "nos": true, "vol": true, "art": true, "fig": true, "pp": true, "p": true,
}

// otherAbbrevs end with a period that may also end a sentence.
var otherAbbrevs = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "plc": true, "llc": true,
	"etc": true, "vs": true, "al": true, "approx": true, "est": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true, "ave": true, "blvd": true, "rd": true,
	"govt": true, "min": true, "max": true, "mln": true, "bln": true,
}

// IsAbbreviation reports whether w (without its period) is an abbreviation
// that takes a period: a title, a month, a company suffix.
func IsAbbreviation(w string) bool {
	if len(w) > 6 {
		return false
	}
	lw := strings.ToLower(w)
	// "No" and "Sun" and "Mar" are words too; they count only capitalised
	// as written, and "no"/"sun" in lower case are never abbreviations.
	if (lw == "no" || lw == "sun" || lw == "mar" || lw == "sat" || lw == "min" || lw == "max" || lw == "p" || lw == "art" || lw == "fig" || lw == "det" || lw == "est") && w == lw {
		return false
	}
	return titles[lw] || otherAbbrevs[lw]
}

// isTitle reports whether token text t ("Gen.", "Mr.") is a title before a
// name.
func isTitle(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return titles[strings.ToLower(t)] && t != "no" && t != "p"
}

// sentenceStarters are capitalised words that usually begin a sentence; after
// an ambiguous abbreviation ("U.S.", "Inc.") they signal a new sentence.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true,
	"We": true, "I": true, "You": true, "But": true, "And": true, "In": true, "On": true,
	"At": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Their": true, "Its": true, "Our": true, "If": true, "When": true,
	"While": true, "After": true, "Before": true, "However": true, "Meanwhile": true,
	"Some": true, "Many": true, "Most": true, "As": true, "For": true, "So": true, "Yet": true,
	"Since": true, "Although": true, "According": true, "What": true, "Who": true, "Why": true,
	"How": true, "Officials": true, "Earlier": true, "Later": true, "Last": true, "Now": true,
}
