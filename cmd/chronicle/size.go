package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle"
)

// sizeFlag is a byte size given as 5MB, 800KB, 1.5MB or a number of bytes.
type sizeFlag struct {
	n   int
	set bool
}

func (f *sizeFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.Itoa(f.n)
}

func (f *sizeFlag) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	f.n, f.set = n, true
	return nil
}

// parseSize reads 5MB, 5M, 800KB, 800K, 1GB or plain bytes (binary units).
func parseSize(s string) (int, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := 1.0
	for _, u := range []struct {
		suffix string
		mult   float64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || v*mult > 1<<40 {
		return 0, chronicle.Errorf(chronicle.EINVALID, "size %q: want a number of bytes or a size such as 5MB or 800KB", s)
	}
	return int(v * mult), nil
}

// maxTextBytes is --max-text, else $CHRONICLE_MAX_TEXT, else the default (0);
// an explicit 0 means no limit (negative for the pipeline).
func (c *commonFlags) maxTextBytes() (int, error) {
	n, set := c.maxText.n, c.maxText.set
	if !set {
		if env := strings.TrimSpace(os.Getenv("CHRONICLE_MAX_TEXT")); env != "" {
			v, err := parseSize(env)
			if err != nil {
				return 0, fmt.Errorf("CHRONICLE_MAX_TEXT: %w", err)
			}
			n, set = v, true
		}
	}
	switch {
	case !set:
		return 0, nil
	case n == 0:
		return -1, nil
	}
	return n, nil
}
