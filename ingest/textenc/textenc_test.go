package textenc

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func enc(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const (
	ru = "Переговоры в Варне продолжились во вторник. Посредник заявил журналистам, что стороны согласовали список имён для обмена пленными."
	uk = "Делегації двох урядів зустрілися у вівторок утретє, і обидві сторони заявили, що переговори про обмін полоненими просунулися."
	he = "המשלחות של שתי הממשלות נפגשו ביום שלישי בפעם השלישית, ושני הצדדים אמרו כי השיחות על חילופי שבויים התקדמו."
	de = "Die Unterhändler trafen sich am Dienstag erneut in Varn; über die Gefangenenliste wurde noch nicht endgültig entschieden, hieß es."
	fr = "Les négociateurs se sont retrouvés mardi à Varn, où la liste des prisonniers à échanger a été approuvée « en principe »."
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		declared string
		want     string
		charset  string
		detected bool
	}{
		{"KOI8-R without a declaration", enc(t, charmap.KOI8R, ru), "", ru, "koi8-r", true},
		{"Windows-1251 declared as Latin-1", enc(t, charmap.Windows1251, uk), "iso-8859-1", uk, "windows-1251", true},
		{"Windows-1255 (its ISO-8859-8 part) without a declaration", enc(t, charmap.Windows1255, he), "", he, "iso-8859-8-i", true},
		{"KOI8-R declared as such", enc(t, charmap.KOI8R, ru), "KOI8-R", ru, "koi8-r", false},
		{"Latin-1 German declared as such stays", enc(t, charmap.ISO8859_1, de), "latin1", de, "windows-1252", false},
		{"Windows-1252 French without a declaration", enc(t, charmap.Windows1252, fr), "", fr, "windows-1252", true},
		{"UTF-8 declared as Windows-1251 is UTF-8", []byte(ru), "windows-1251", ru, "utf-8", true},
		{"UTF-8 with a byte-order mark", append([]byte("\xEF\xBB\xBF"), ru...), "koi8-r", ru, "utf-8", false},
	}
	for _, tt := range tests {
		out, res := Decode(tt.in, tt.declared)
		if string(out) != tt.want || res.Charset != tt.charset || res.Detected != tt.detected {
			t.Errorf("%s: %q %+v", tt.name, out, res)
		}
	}
}

func TestNonLatinIsForOtherScriptsOnly(t *testing.T) {
	if name, ok := NonLatin(enc(t, charmap.KOI8R, ru)); !ok || name != "koi8-r" {
		t.Errorf("KOI8-R: %q %v", name, ok)
	}
	if name, ok := NonLatin(enc(t, charmap.Windows1252, fr)); ok {
		t.Errorf("French read as %s", name)
	}
}

func TestXMLDeclaration(t *testing.T) {
	b := []byte("\xEF\xBB\xBF <?xml version=\"1.0\" encoding='windows-1251'?><rss/>")
	if got := XMLDeclared(b); got != "windows-1251" {
		t.Errorf("XMLDeclared = %q", got)
	}
	if got := string(WithoutXMLEncoding(b)); !strings.Contains(got, "encoding='UTF-8'") || !strings.HasSuffix(got, "<rss/>") {
		t.Errorf("WithoutXMLEncoding = %q", got)
	}
	if HTMLDeclared([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`)) != "koi8-r" {
		t.Error("meta http-equiv charset not read")
	}
}
