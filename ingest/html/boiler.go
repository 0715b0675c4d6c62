package html

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The extractors keep, next to the article, blocks that hold sentences but
// are not the story: teasers of other stories (often in capitals, or a run
// of headlines after "Related:" or at the end), newsletter and subscription
// pitches, share bars, "READ MORE:" links and timestamps. dropBoilerplate
// removes them by their form, not by the site, line by line; a line that
// reads as the article's prose (long, ending like a sentence, with no call
// to action) is never removed, nor is a list inside the article (short
// lines followed by more prose).

// teaserPrefix starts a line that points to another story.
var teaserPrefix = regexp.MustCompile(`(?i)^\s*[\[(]?\s*(read more|see more|see also|more|also|related|related posts?|leggi anche( su)?|lesen sie (auch|mehr)|leia também|veja também|lire aussi|à lire aussi|lee también|filed under|tags|topics|related articles?|related stories|related coverage|also read|also see|don'?t miss|recommended|watch|listen|trending|most read|most popular|more from [^:]{1,40}|more on this story|you may also like|you might also like|further reading|editor'?s picks?)\s*(:|\.\.\.|…|$|\[)`)

// relatedHeading is a line that announces a list of other stories.
var relatedHeading = regexp.MustCompile(`(?i)^\s*(related|related (articles|stories|coverage|content|posts|news)|more( [\pL'’]+){0,3} (stories|news|articles|reads)|more from [^.]{1,40}|you (may|might) also (like|be interested in)|recommended( for you| stories)?|read (more|next)|most (read|popular|viewed)|trending( now)?|further reading|see also|also on [^.]{1,40}|latest (news|stories|headlines)|top stories|in other news|elsewhere on [^.]{1,40}|comments?|\d+ comments?|join the (conversation|discussion)|leave a (comment|reply)|what readers are saying)\s*[:.…]*\s*$`)

// commentHeading announces the readers' comments, which come after the
// article.
var commentHeading = regexp.MustCompile(`(?i)comment|conversation|discussion|repl(y|ies)|readers are saying`)

// callToAction marks a pitch to the reader: sign up, subscribe, download.
var callToAction = regexp.MustCompile(`(?i)\b(sign up|signup|subscribe|subscription|newsletter|click here|tap here|get (the|our) .{0,30}\bapp\b|download (the|our)|delivered (to|through) your|inbox|follow [^.]{0,40}\bon (twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky)|share (it|this|the story|this story) with|like this (story|article)|get access to|free trial|log ?in to|register (now|here|to)|support (our|independent) journalism|become a (member|subscriber))\b`)

// shareWords are the words of a share bar.
var shareWords = map[string]bool{
	"facebook": true, "twitter": true, "whatsapp": true, "pinterest": true, "pint": true, "linkedin": true,
	"reddit": true, "email": true, "e": true, "mail": true, "print": true, "share": true, "tweet": true,
	"copy": true, "link": true, "telegram": true, "messenger": true, "sms": true, "baixar": true, "download": true,
	"compartilhar": true, "flipboard": true, "x": true, "save": true, "comments": true, "comment": true,
}

// creditLine is a reporting credit, a contact line or a copyright notice:
// furniture that names people the story does not speak of.
var creditLine = regexp.MustCompile(`(?i)^\s*\(?\s*((additional |with )?reporting by|writing by|editing by|edited by|compiled by|[\pL .,'’-]{0,200}\bcontributed( reporting)?( to this (report|story|article))?\s*[.)]*\s*$|have a (news )?tip\b|reach (the|this) (reporter|writer|author)s?\b|contact (the|this) (reporter|writer|author)s?\b|copyright\b|©|\(c\) \d{4}|all rights reserved)|\ball rights reserved\b|무단전재|^\s*\S+@\S+\.\w+\s*$`)

// readingTime is a "3 min read" line, in the languages seen in news sites.
var readingTime = regexp.MustCompile(`(?i)^\s*(reading time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit|tempo di lettura)\b.{0,20}$|^\s*\d+\s*(min|minute|minutes|mins)\.?\s+read\s*$`)

var timestampLine = regexp.MustCompile(`(?i)^\s*(updated|published|posted|last updated|first published)( at| on)?\b.{0,40}\d`)

// addressesReader marks a line spoken to the reader ("you", "your") or
// about the site ("our", "us").
var addressesReader = regexp.MustCompile(`(?i)\b(you|your|our|us)\b`)

// linkTexts holds the texts of a page's links, as word sequences.
type linkTexts map[string]bool

// readLinkTexts collects the text of every link of three words or more.
func readLinkTexts(doc *html.Node) linkTexts {
	lt := linkTexts{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if w := words(textOf(n)); len(w) >= 3 {
				lt[strings.Join(w, " ")] = true
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return lt
}

// covers reports whether line p is, all or nearly all, the text of one
// link: a teaser headline rather than a sentence with a link in it.
func (lt linkTexts) covers(p string) bool {
	w := words(p)
	if len(w) < 3 || len(lt) == 0 {
		return false
	}
	line := strings.Join(w, " ")
	if lt[line] {
		return true
	}
	for l := range lt {
		if strings.Contains(line, l) && len(words(l))*10 >= len(w)*8 {
			return true
		}
	}
	return false
}

// Line lengths, in words, that the rules below use.
const (
	// pitchWords bounds a call to action: a longer paragraph that mentions
	// a newsletter is likely about one.
	pitchWords = 35
	// headlineWords bounds a line read as a headline rather than prose.
	headlineWords = 18
	// minArticleWords is how much text must come before a repeated share
	// bar for it to end the article.
	minArticleWords = 50
)

func dropBoilerplate(text string, links linkTexts) string {
	paras := strings.Split(text, "\n")
	keep := make([]bool, len(paras))
	isLink := make([]bool, len(paras))
	for i, p := range paras {
		isLink[i] = links.covers(p)
		keep[i] = strings.TrimSpace(p) != "" && !isBoilerLine(p, isLink[i])
	}
	// A share bar under every post is a listing of posts (an infinite
	// scroll): the article ends at the first bar that follows its text.
	var bars []int
	for i, p := range paras {
		if isShareBar(p) {
			bars = append(bars, i)
		}
	}
	if len(bars) >= 3 {
		before := 0
		for i := range paras {
			if slices.Contains(bars, i) && before >= minArticleWords {
				for j := i; j < len(paras); j++ {
					keep[j] = false
				}
				break
			}
			if keep[i] {
				before += len(words(paras[i]))
			}
		}
	}
	// A run of three or more headline-like lines that are each a link's
	// text is a list of other stories, wherever it stands.
	for i := 0; i < len(paras); {
		j := i
		for j < len(paras) && isLink[j] && isHeadlineLike(paras[j]) {
			j++
		}
		if j-i >= 3 {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		i = max(j, i+1)
	}
	// A heading that announces other stories or comments drops itself and
	// the headline-like lines after it; in the last third of the text it
	// ends the article.
	total := len(paras)
	for i, p := range paras {
		if !relatedHeading.MatchString(p) {
			continue
		}
		keep[i] = false
		before := 0
		for j := 0; j < i; j++ {
			if keep[j] {
				before += len(words(paras[j]))
			}
		}
		if before >= minArticleWords && (commentHeading.MatchString(p) || i >= total*2/3 && total >= 6) {
			for j := i + 1; j < total; j++ {
				keep[j] = false
			}
			break
		}
		// Teaser cards: a headline link, perhaps a summary under it, and
		// so on; two lines in a row that are no links end the cards.
		plain := 0
		for j := i + 1; j < total && plain < 2; j++ {
			if strings.TrimSpace(paras[j]) == "" {
				continue
			}
			if isLink[j] {
				keep[j] = false
				plain = 0
				continue
			}
			if plain++; plain == 1 && j > i+1 && isLink[prevLine(paras, j)] {
				keep[j] = false // the summary under a teaser headline
				continue
			}
			break
		}
	}
	// Links after the last paragraph that is not one are teasers.
	last := -1
	for i := range paras {
		if keep[i] && !isLink[i] {
			last = i
		}
	}
	if last >= 0 {
		for i := last + 1; i < total; i++ {
			if isHeadlineLike(paras[i]) {
				keep[i] = false
			}
		}
	}
	var out []string
	for i, p := range paras {
		if keep[i] {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return text
	}
	return strings.Join(out, "\n")
}

// isBoilerLine reports whether one paragraph is furniture by itself.
func isBoilerLine(p string, link bool) bool {
	w := words(p)
	n := len(w)
	if n == 0 {
		return false
	}
	if teaserPrefix.MatchString(p) && n <= 40 {
		return true
	}
	if n <= pitchWords && callToAction.MatchString(p) && (link || addressesReader.MatchString(p)) {
		return true
	}
	if n <= 12 && timestampLine.MatchString(p) {
		return true
	}
	if n <= 60 && creditLine.MatchString(p) {
		return true
	}
	if n <= 10 && readingTime.MatchString(p) {
		return true
	}
	if link && n >= 4 && n <= 40 && isUpperCase(p) {
		return true
	}
	if isShareBar(p) {
		return true
	}
	if n <= 3 && callToAction.MatchString(p) {
		return true
	}
	return false
}

// prevLine returns the index of the last non-blank line before j.
func prevLine(paras []string, j int) int {
	for k := j - 1; k >= 0; k-- {
		if strings.TrimSpace(paras[k]) != "" {
			return k
		}
	}
	return 0
}

// isShareBar reports whether p is a row of share buttons.
func isShareBar(p string) bool {
	w := words(p)
	if len(w) == 0 || len(w) > 12 {
		return false
	}
	share := 0
	for _, x := range w {
		if shareWords[strings.ToLower(x)] {
			share++
		}
	}
	return share*2 > len(w)
}

// isUpperCase reports whether every cased letter of p is upper case and
// it has enough of them to tell.
func isUpperCase(p string) bool {
	upper := 0
	for _, r := range p {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 12
}

// isHeadlineLike reports whether p reads as a headline: short, and not
// ending like a sentence.
func isHeadlineLike(p string) bool {
	p = strings.TrimSpace(p)
	w := words(p)
	n := len(w)
	if n < 3 || n > headlineWords {
		return false
	}
	// Table rows and list items of figures are not headlines.
	digits := 0
	for _, x := range w {
		if strings.IndexFunc(x, unicode.IsDigit) >= 0 {
			digits++
		}
	}
	if digits*3 > n {
		return false
	}
	if r := []rune(p); !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) && r[0] != '\'' && r[0] != '"' && r[0] != '‘' && r[0] != '“' {
		return false
	}
	return !strings.ContainsAny(lastRune(p), `.!?:;"”’»)…`)
}
