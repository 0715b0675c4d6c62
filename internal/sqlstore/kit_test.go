package sqlstore

import (
	"testing"

	"github.com/chronicle-news/chronicle"
)

func TestCursorsRoundTripAndGarbageIsInvalid(t *testing.T) {
	c := Cursor{Published: "2025-04-25", RevID: 42}
	got, err := DecodeCursor(EncodeCursor(c))
	if err != nil || got != c {
		t.Errorf("round trip = %+v, %v", got, err)
	}
	if _, err := DecodeCursor("not a cursor!"); chronicle.ErrorCode(err) != chronicle.EINVALID {
		t.Errorf("garbage: %v", err)
	}
}

func TestLimitsAndPrefixes(t *testing.T) {
	if Limit(0) != DefaultLimit || Limit(5) != 5 || Limit(1e6) != MaxLimit {
		t.Error("Limit does not clamp")
	}
	if got := LikePrefix("rus_%"); got != `RUS\_\%%` {
		t.Errorf("LikePrefix = %q", got)
	}
}
