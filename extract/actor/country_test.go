package actor_test

import (
	"testing"

	"github.com/chronicle-news/chronicle/extract/actor"
	"github.com/chronicle-news/chronicle/models"
)

// A country's own name, in any of its spellings, names the country; a city
// the dictionaries list under it does not, though both resolve to its code.
func TestCountryNamesTheWholeCountry(t *testing.T) {
	r, err := actor.NewResolver(actor.Options{Default: models.Actors()})
	if err != nil {
		t.Fatal(err)
	}
	for phrase, want := range map[string]string{"Madagascar": "MDG", "Serbia": "SRB", "the Democratic Republic of Congo": "COD", "Istanbul": "", "Kharkiv": "", "Lyon": ""} {
		code, ok := r.Country(phrase)
		if ok != (want != "") || code != want {
			t.Errorf("Country(%q) = %q, %v; want %q", phrase, code, ok, want)
		}
	}
	if got := actor.Capital("OMNGOV"); got != "Muscat" {
		t.Errorf("Capital(OMNGOV) = %q", got)
	}
}
