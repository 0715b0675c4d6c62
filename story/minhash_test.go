package story

import (
	"strings"
	"testing"
)

const wire = `Russian missiles struck the centre of Kharkiv on Saturday morning, killing twelve people and wounding
dozens more, regional officials said. The strike hit a residential block and a shopping street near the main
square, where rescuers searched the rubble for survivors well into the afternoon. Firefighters said the blaze
in the upper floors was put out after several hours. The city has been shelled repeatedly since the spring.`

func TestSimilarityOfNearDuplicatesIsHighAndOfOtherTextsLow(t *testing.T) {
	edited := "Breaking: " + wire + " The mayor declared a day of mourning."
	other := `The central bank held interest rates at four percent on Thursday, saying inflation had eased
	more slowly than expected over the winter and that households still faced high energy bills.`
	a, b, c := CopySignature(wire), CopySignature(edited), CopySignature(other)
	if s := Similarity(a, b); s < 0.7 {
		t.Errorf("similarity of a lightly edited copy = %.2f, want >= 0.7", s)
	}
	if s := Similarity(a, c); s > 0.1 {
		t.Errorf("similarity of unrelated texts = %.2f, want <= 0.1", s)
	}
	if s := Similarity(a, a); s != 1 {
		t.Errorf("similarity of a text with itself = %.2f, want 1", s)
	}
}

func TestNearDuplicatesShareABandKeyAndOthersDoNot(t *testing.T) {
	ka := BandKeys(CopySignature(wire))
	kb := BandKeys(CopySignature(wire + " The mayor declared a day of mourning."))
	kc := BandKeys(CopySignature(strings.Repeat("Parliament debated the budget for hours on end. ", 3)))
	if len(ka) != Bands {
		t.Fatalf("got %d band keys, want %d", len(ka), Bands)
	}
	share := func(x, y []uint64) bool {
		set := map[uint64]bool{}
		for _, k := range x {
			set[k] = true
		}
		for _, k := range y {
			if set[k] {
				return true
			}
		}
		return false
	}
	if !share(ka, kb) {
		t.Error("a lightly edited copy shares no band key with its original")
	}
	if share(ka, kc) {
		t.Error("an unrelated text shares a band key")
	}
}

func TestEmptyTextHasNoBandsAndIsSimilarToNothing(t *testing.T) {
	s := CopySignature("")
	if BandKeys(s) != nil {
		t.Error("empty text has band keys")
	}
	if Similarity(s, s) != 0 {
		t.Error("empty text is similar to itself")
	}
}

func TestSignatureRoundTripsThroughBytes(t *testing.T) {
	s := CopySignature(wire)
	if got := DecodeSignature(EncodeSignature(s)); Similarity(s, got) != 1 || len(got) != len(s) {
		t.Error("signature changed through EncodeSignature/DecodeSignature")
	}
}

func TestTopicSimilarityOfTwoReportsOfOneEventBeatsUnrelated(t *testing.T) {
	other := `Kharkiv was hit by a Russian missile strike on Saturday; the regional governor said nine
	people had died and rescuers were still searching a residential block near the main square.`
	unrelated := `The football club confirmed the signing of a new striker on a four-year contract after a medical.`
	a, b, c := TopicSignature(wire), TopicSignature(other), TopicSignature(unrelated)
	if Similarity(a, b) <= Similarity(a, c) {
		t.Errorf("topic similarity of two reports %.2f is not above that of an unrelated text %.2f", Similarity(a, b), Similarity(a, c))
	}
}

func BenchmarkCopySignature(b *testing.B) {
	text := strings.Repeat(wire+" ", 4)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		CopySignature(text)
	}
}
