package event_test

import "testing"

// A sports report's games are no events; a war story that speaks of
// victory and defeat keeps its events.
func TestSportsReportCodesNoEvent(t *testing.T) {
	sport := "Nigeria beat Ghana 2-0 in Lagos on Saturday to reach the final of the African Cup. " +
		"The captain scored twice before half-time and the coach praised his squad.\n\n" +
		"Ghana attacked throughout the second half, but their strikers failed to break down a Nigeria defence " +
		"that has not conceded a goal all season. Ghana's federation demanded an inquiry into the referee's decision.\n\n" +
		"Nigeria will face Senegal in the final on Sunday, when fans expect a full stadium. The league resumes next week."
	if doc := full(t, sport, "2026-06-14"); len(doc.Events) != 0 {
		t.Errorf("a sports report gave events: %v", describeAll(doc.Events))
	}
	war := "Ukrainian forces won back two villages near Kupiansk after defeating a Russian assault group, the army said. " +
		"The commander called it a victory, but warned that Russian troops had shelled Kupiansk again on Sunday, killing two civilians. " +
		"The Arab League's envoy, who met Ukraine's foreign minister in Kyiv, said the season of talks had not begun."
	if doc := full(t, war, "2026-06-14"); len(doc.Events) == 0 {
		t.Errorf("a war story with sport's words gave no event")
	}
}

// Violence at a game is no sports report: its events stay.
func TestViolenceAtAGameIsNoSportsReport(t *testing.T) {
	text := "A suicide bomber blew himself up outside a football stadium in Mogadishu on Friday as fans left a league match, killing at least 12 people, police said.\n\n" +
		"The blast struck near the stadium's main gate minutes after the final whistle. The league suspended all matches for a week, and the club's coach and captain visited the wounded."
	if doc := full(t, text, "2026-06-10"); len(doc.Events) == 0 {
		t.Errorf("a bombing at a stadium gave no event")
	}
}
