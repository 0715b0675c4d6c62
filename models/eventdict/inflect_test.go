package main

import (
	"slices"
	"testing"
)

func TestInflect(t *testing.T) {
	for _, tc := range []struct {
		verb      string
		want, not []string
	}{
		{"RAG", []string{"RAGS", "RAGGED", "RAGGING"}, []string{"RAGED", "RAGING"}}, // "raged" is "rage"
		{"SCAR", []string{"SCARRED"}, []string{"SCARED"}},
		{"BAN", []string{"BANNED", "BANNING"}, []string{"BANED"}},
		{"TARGET", []string{"TARGETED", "TARGETING"}, nil}, // two syllables: both kept
		{"ATTACK", []string{"ATTACKED", "ATTACKING", "ATTACKS"}, nil},
		{"SEIZE", []string{"SEIZED", "SEIZING"}, nil},
		{"CARRY", []string{"CARRIED", "CARRIES"}, nil},
	} {
		got := inflect(tc.verb)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflect(%s) = %v, lacks %s", tc.verb, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("inflect(%s) = %v, has %s", tc.verb, got, w)
			}
		}
	}
}
