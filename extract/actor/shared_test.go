package actor_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle"
	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/models"
)

// sharedActors is where the Phoenix dictionaries live next to the repository.
const sharedActors = "../../../shared/eval/actors"

func phoenixFiles(t *testing.T) []string {
	t.Helper()
	names := []string{"PLOVER_agents.NGEC.txt", "Phoenix.agents.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"}
	var files []string
	for _, n := range names {
		f := filepath.Join(sharedActors, n)
		if _, err := os.Stat(f); err != nil {
			t.Skipf("skipping: the Phoenix dictionaries are not at %s (%v)", sharedActors, err)
		}
		files = append(files, f)
	}
	// and the project's own current office holders and places, read last
	own := filepath.Join("..", "..", "models", "actordict")
	return append(files, filepath.Join(own, "current.actors.txt"), filepath.Join(own, "places.actors.txt"))
}

// TestCurrentOfficeHolders checks the project's own dictionary of office
// holders since the Phoenix files end: coded on the day, the country alone
// before or after the office.
func TestCurrentOfficeHolders(t *testing.T) {
	r, err := actor.NewResolver(actor.Options{Default: models.Actors()})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ phrase, day, code string }{
		{"Zelensky", "2025-04-25", "UKRGOV"},
		{"Volodymyr Zelenskyy", "2025-04-25", "UKRGOV"},
		{"Zelensky", "2015-04-25", "UKR"},
		{"Burhan", "2024-01-10", "SDNMIL"},
		{"Hemedti", "2024-01-10", "SDNREB"},
		{"Hemedti", "2020-01-10", "SDNMIL"},
		{"Olaf Scholz", "2023-01-10", "DEUGOV"},
		{"Olaf Scholz", "2025-09-10", "DEU"},
		{"Ahmed al-Sharaa", "2025-03-01", "SYRGOV"},
		{"Kaja Kallas", "2025-03-01", "IGOEUREEC"},
		// the Taliban: insurgents until they took Kabul, the government
		// since, their fighters then its forces
		{"the Taliban", "2012-05-01", "AFGREB"},
		{"the Taliban", "2024-05-01", "AFGGOV"},
		{"Taliban fighters", "2024-05-01", "AFGMIL"},
	} {
		day, _ := chronicle.ParseDate(tt.day)
		if got, ok := r.Code(tt.phrase, day); !ok || got.Code != tt.code {
			t.Errorf("Code(%q, %s) = %+v, %v; want %s", tt.phrase, tt.day, got, ok, tt.code)
		}
	}
}

func TestBuiltInDictionaryCodesNewsActors(t *testing.T) {
	r, err := actor.NewResolver(actor.Options{Default: models.Actors()})
	if err != nil {
		t.Fatal(err)
	}
	day, _ := chronicle.ParseDate("2025-04-25")
	tests := []struct{ phrase, code string }{
		{"Vladimir Putin", "RUSGOV"},
		{"Sergey Lavrov", "RUSGOV"},
		{"Kyiv", "UKRGOV"},
		{"Kiev", "UKRGOV"},
		{"Moscow", "RUSGOV"},
		{"the Kremlin", "RUSGOV"},
		{"Washington", "USAGOV"},
		{"the White House", "USAGOV"},
		{"Brussels", "IGOEUREEC"},
		{"Beijing", "CHNGOV"},
		{"Russia", "RUSGOV"},
		{"Russian authorities", "RUSGOV"},
		{"Ukrainian special services", "UKRSPY"},
		{"Russian troops", "RUSMIL"},
		{"Ukrainian civilians", "UKRCVL"},
		// places of current conflicts the Phoenix files lack
		{"Zaporizhzhia", "UKR"},
		{"El Fasher", "SDN"},
		{"Khan Younis", "PSE"},
		// a listed armed group by its people
		{"ELN members", "COLREB"},
		{"three suspected ELN members", "COLREB"},
	}
	for _, tt := range tests {
		if got, ok := r.Code(tt.phrase, day); !ok || got.Code != tt.code {
			t.Errorf("Code(%q) = %+v, %v; want %s", tt.phrase, got, ok, tt.code)
		}
	}
}

// The embedded dictionary must be what models/actordict writes from the
// Phoenix files today.
func TestBuiltInDictionaryIsReproducible(t *testing.T) {
	files := phoenixFiles(t)
	d := actor.NewDict()
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		err = d.ReadPhoenix(fh, f)
		fh.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	var want bytes.Buffer
	if err := d.WriteCompact(&want); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(models.Actors())
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Error("models/actors.dict.gz differs from the Phoenix dictionaries: run make actors-dict")
	}
}

func TestUserDictionaryAddsActors(t *testing.T) {
	f := filepath.Join(t.TempDir(), "extra.actors.txt")
	if err := os.WriteFile(f, []byte("STEVE_WITKOFF_\n+WITKOFF_\n\t[USAGOV >250120]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := actor.NewResolver(actor.Options{Default: models.Actors(), Files: []string{f}})
	if err != nil {
		t.Fatal(err)
	}
	day, _ := chronicle.ParseDate("2025-04-25")
	if got, ok := r.Code("Witkoff", day); !ok || got.Code != "USAGOV" {
		t.Errorf("Code(Witkoff) = %+v, %v; want USAGOV from the user dictionary", got, ok)
	}
	if _, err := actor.NewResolver(actor.Options{Files: []string{filepath.Join(t.TempDir(), "missing.txt")}}); err == nil {
		t.Error("a missing dictionary file is not an error")
	}
}
