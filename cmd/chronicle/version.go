package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func cmdVersion(ctx context.Context, e *env, args []string) error {
	version, revision, modified := "(devel)", "", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		version = bi.Main.Version
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = " (modified)"
				}
			}
		}
		fmt.Fprintf(e.stdout, "chronicle %s %s%s %s\n", version, revision, modified, bi.GoVersion)
		return nil
	}
	fmt.Fprintf(e.stdout, "chronicle %s\n", version)
	return nil
}
