-- Events are looked up by who acted and when: query --source RUS, --event ASSAULT.
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_source ON events(type, source_code);
