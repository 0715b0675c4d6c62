package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Tests never send traffic to any address but loopback. Names resolve
// through stubResolver; connections go through stubDialer, which hands every
// checked dial to a loopback test server, or fails the test when a dial
// should not have happened.

type stubResolver struct {
	mu      sync.Mutex
	answers map[string][]string
	// next, when set, answers instead of answers (for DNS rebinding).
	next  func(host string) []string
	calls []string
}

func (r *stubResolver) LookupIPAddr(_ context.Context, host string) ([]net.IPAddr, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, host)
	ss := r.answers[host]
	if r.next != nil {
		ss = r.next(host)
	}
	if len(ss) == 0 {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	var out []net.IPAddr
	for _, s := range ss {
		out = append(out, net.IPAddr{IP: net.ParseIP(s)})
	}
	return out, nil
}

type stubDialer struct {
	t *testing.T
	// to is the loopback address every dial goes to; "" means no dial may
	// happen.
	to    string
	mu    sync.Mutex
	dials []string
}

func (d *stubDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	d.mu.Lock()
	d.dials = append(d.dials, address)
	d.mu.Unlock()
	if d.to == "" {
		d.t.Errorf("dial %s: the guard should have refused before dialing", address)
		return nil, errors.New("stub dialer: no network in tests")
	}
	var nd net.Dialer
	return nd.DialContext(ctx, network, d.to)
}

func (d *stubDialer) dialed() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.dials...)
}

func newServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func page(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("ETag", `"v1"`)
	w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
	fmt.Fprint(w, "<html><body><p>Troops advanced.</p></body></html>")
}

func TestFetchRefusesALoopbackServerWithoutAllowPrivate(t *testing.T) {
	srv, hits := newServer(t, page)
	f := &Fetcher{}
	_, err := f.Fetch(context.Background(), srv.URL+"/")
	if err == nil {
		t.Fatal("Fetch of a loopback server succeeded")
	}
	want := "fetch " + srv.URL + "/: refused: 127.0.0.1 is a loopback address (use --allow-private)"
	if err.Error() != want {
		t.Errorf("error = %q\nwant    %q", err, want)
	}
	if code := chronicle.ErrorCode(err); code != chronicle.EFORBIDDEN {
		t.Errorf("code = %q, want %q", code, chronicle.EFORBIDDEN)
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server saw %d requests, want 0", n)
	}
}

func TestFetchGetsALoopbackServerWithAllowPrivate(t *testing.T) {
	srv, _ := newServer(t, page)
	f := &Fetcher{AllowPrivate: true}
	r, err := f.Fetch(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if r.URL != srv.URL+"/a" || r.StatusCode != 200 || r.ContentType != "text/html" || r.Charset != "utf-8" {
		t.Errorf("got URL %q status %d type %q charset %q", r.URL, r.StatusCode, r.ContentType, r.Charset)
	}
	if r.ETag != `"v1"` || r.LastModified != "Mon, 02 Jan 2006 15:04:05 GMT" {
		t.Errorf("validators = %+v", r.Validators())
	}
	if !strings.Contains(string(r.Body), "Troops advanced.") {
		t.Errorf("body = %q", r.Body)
	}
}

func TestGuardRefusesInternalAddresses(t *testing.T) {
	tests := []struct {
		name    string
		url     string
		answers []string // what the stub resolver says the host is
		allow   bool
		want    string
	}{
		{"a name resolving into 10/8 is refused", "http://intranet.example/", []string{"10.1.2.3"}, false, "intranet.example resolves to 10.1.2.3, a private address (use --allow-private)"},
		{"a name resolving into 172.16/12 is refused", "http://intranet.example/", []string{"172.16.0.5"}, false, "resolves to 172.16.0.5, a private address"},
		{"the top of 172.16/12 is refused", "http://intranet.example/", []string{"172.31.255.255"}, false, "resolves to 172.31.255.255, a private address"},
		{"a name resolving into 192.168/16 is refused", "http://router.example/", []string{"192.168.1.1"}, false, "router.example resolves to 192.168.1.1, a private address"},
		{"a name resolving into 169.254/16 is refused", "http://printer.example/", []string{"169.254.10.20"}, false, "resolves to 169.254.10.20, a link-local address"},
		{"a name resolving into fc00::/7 is refused", "http://v6.example/", []string{"fd12:3456::1"}, false, "resolves to fd12:3456::1, a unique-local address"},
		{"a name resolving into fe80::/10 is refused", "http://v6.example/", []string{"fe80::1"}, false, "resolves to fe80::1, a link-local address"},
		{"a name resolving into 100.64/10 is refused", "http://cgnat.example/", []string{"100.64.0.1"}, false, "a carrier-grade NAT address"},
		{"a name resolving to loopback is refused", "http://localhost.example/", []string{"127.0.0.1"}, false, "resolves to 127.0.0.1, a loopback address"},
		{"a name resolving to an IPv4-mapped private address is refused", "http://mapped.example/", []string{"::ffff:10.0.0.1"}, false, "resolves to 10.0.0.1, a private address"},
		{"a name with one private address among public ones is refused", "http://mixed.example/", []string{"203.0.113.7", "10.0.0.9"}, false, "resolves to 10.0.0.9, a private address"},
		{"a name resolving to the metadata address is refused", "http://metadata.example/", []string{"169.254.169.254"}, false, "a cloud metadata address"},
		{"the metadata address is refused even with AllowPrivate", "http://169.254.169.254/latest/meta-data/", nil, true, "169.254.169.254 is a cloud metadata address"},
		{"Azure's public wire-server address is refused", "http://168.63.129.16/", nil, true, "168.63.129.16 is a cloud metadata address"},
		{"the unspecified address is refused even with AllowPrivate", "http://0.0.0.0:8080/", nil, true, "0.0.0.0 is an unspecified address"},
		{"a multicast address is refused", "http://224.0.0.1/", nil, false, "224.0.0.1 is a multicast address"},
		{"a private address literal is refused", "http://10.0.0.1/", nil, false, "10.0.0.1 is a private address (use --allow-private)"},
		{"a unique-local address literal is refused", "http://[fc00::1]/", nil, false, "fc00::1 is a unique-local address"},
		{"IPv6 loopback is refused", "http://[::1]:8080/", nil, false, "::1 is a loopback address"},
		{"an IPv4-mapped loopback literal is refused", "http://[::ffff:127.0.0.1]/", nil, false, "is an IPv4-embedded loopback address"},
		{"a NAT64 form of a private address is refused", "http://[64:ff9b::a00:1]/", nil, false, "is an IPv4-embedded private address"},
		{"a 6to4 form of a private address is refused", "http://[2002:c0a8:101::1]/", nil, false, "is an IPv4-embedded private address"},
		{"a decimal IPv4 host does not slip through", "http://2130706433/", []string{"127.0.0.1"}, false, "loopback address"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			host := strings.TrimPrefix(tt.url, "http://")
			host = host[:strings.IndexAny(host, ":/")]
			res := &stubResolver{answers: map[string][]string{host: tt.answers}}
			d := &stubDialer{t: t}
			f := &Fetcher{AllowPrivate: tt.allow, Resolver: res, Dialer: d}
			_, err := f.Fetch(context.Background(), tt.url)
			if err == nil {
				t.Fatal("Fetch succeeded")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "fetch "+tt.url+": refused: ") {
				t.Errorf("error = %q, want it to say %q", err, tt.want)
			}
			if code := chronicle.ErrorCode(err); code != chronicle.EFORBIDDEN {
				t.Errorf("code = %q, want %q", code, chronicle.EFORBIDDEN)
			}
			if n := len(d.dialed()); n != 0 {
				t.Errorf("dialed %v", d.dialed())
			}
		})
	}
}

func TestGuardDialsTheCheckedAddressOfAPublicName(t *testing.T) {
	srv, _ := newServer(t, page)
	tests := []struct {
		name, answer string
	}{
		{"an address just below 172.16/12 is fetched", "172.15.255.255"},
		{"an address just above 172.16/12 is fetched", "172.32.0.1"},
		{"an address just above 192.168/16 is fetched", "192.169.0.1"},
		{"an address just above 100.64/10 is fetched", "100.128.0.1"},
		{"a public IPv6 address is fetched", "2001:db8::7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := &stubResolver{answers: map[string][]string{"news.example": {tt.answer}}}
			d := &stubDialer{t: t, to: srv.Listener.Addr().String()}
			f := &Fetcher{Resolver: res, Dialer: d}
			r, err := f.Fetch(context.Background(), "http://news.example/story")
			if err != nil {
				t.Fatal(err)
			}
			if r.URL != "http://news.example/story" {
				t.Errorf("URL = %q", r.URL)
			}
			want := net.JoinHostPort(tt.answer, "80")
			if got := d.dialed(); len(got) != 1 || got[0] != want {
				t.Errorf("dialed %v, want [%s]", got, want)
			}
		})
	}
}

func TestRedirectToAPrivateNameIsRefused(t *testing.T) {
	srv, hits := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://internal.example/secret", http.StatusFound)
	})
	res := &stubResolver{answers: map[string][]string{
		"news.example":     {"203.0.113.7"},
		"internal.example": {"10.0.0.1"},
	}}
	d := &stubDialer{t: t, to: srv.Listener.Addr().String()}
	f := &Fetcher{Resolver: res, Dialer: d}
	_, err := f.Fetch(context.Background(), "http://news.example/")
	want := "fetch http://news.example/: redirect to http://internal.example/secret: refused: internal.example resolves to 10.0.0.1, a private address (use --allow-private)"
	if err == nil || err.Error() != want {
		t.Fatalf("error = %v\nwant    %s", err, want)
	}
	if got := d.dialed(); len(got) != 1 || got[0] != "203.0.113.7:80" {
		t.Errorf("dialed %v, want only the public address", got)
	}
	if hits.Load() != 1 {
		t.Errorf("server saw %d requests, want 1", hits.Load())
	}
}

func TestRedirectToALoopbackLiteralIsRefused(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.1:1/admin", http.StatusMovedPermanently)
	})
	res := &stubResolver{answers: map[string][]string{"news.example": {"203.0.113.7"}}}
	d := &stubDialer{t: t, to: srv.Listener.Addr().String()}
	_, err := (&Fetcher{Resolver: res, Dialer: d}).Fetch(context.Background(), "http://news.example/")
	if err == nil || !strings.Contains(err.Error(), "redirect to http://127.0.0.1:1/admin: refused: 127.0.0.1 is a loopback address") {
		t.Fatalf("error = %v", err)
	}
	if len(d.dialed()) != 1 {
		t.Errorf("dialed %v", d.dialed())
	}
}

func TestDNSRebindingBetweenRedirectsIsRefused(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/next", http.StatusFound)
	})
	lookups := 0
	res := &stubResolver{next: func(string) []string {
		lookups++
		if lookups == 1 {
			return []string{"203.0.113.7"}
		}
		return []string{"127.0.0.1"}
	}}
	d := &stubDialer{t: t, to: srv.Listener.Addr().String()}
	_, err := (&Fetcher{Resolver: res, Dialer: d}).Fetch(context.Background(), "http://rebind.example/")
	if err == nil || !strings.Contains(err.Error(), "redirect to http://rebind.example/next: refused: rebind.example resolves to 127.0.0.1, a loopback address") {
		t.Fatalf("error = %v", err)
	}
	if got := d.dialed(); len(got) != 1 || got[0] != "203.0.113.7:80" {
		t.Errorf("dialed %v", got)
	}
}

func TestRedirects(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/moved":
			http.Redirect(w, r, "/final", http.StatusMovedPermanently)
		default:
			page(w, r)
		}
	})
	f := &Fetcher{AllowPrivate: true, MaxRedirects: 3}
	t.Run("a redirect is followed and the final URL reported", func(t *testing.T) {
		r, err := f.Fetch(context.Background(), srv.URL+"/moved")
		if err != nil || r.URL != srv.URL+"/final" {
			t.Fatalf("got %+v, %v", r, err)
		}
	})
	t.Run("a redirect to a file URL is refused", func(t *testing.T) {
		_, err := f.Fetch(context.Background(), srv.URL+"/file")
		if err == nil || !strings.Contains(err.Error(), `redirect to file:///etc/passwd: URL scheme "file" is not supported`) {
			t.Fatalf("error = %v", err)
		}
	})
	t.Run("a redirect loop stops at MaxRedirects", func(t *testing.T) {
		_, err := f.Fetch(context.Background(), srv.URL+"/loop")
		if err == nil || !strings.Contains(err.Error(), "more than 3 redirects") {
			t.Fatalf("error = %v", err)
		}
	})
}

func TestFetchChecksTheResponse(t *testing.T) {
	big := strings.Repeat("a", 2000)
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/png":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte("\x89PNG\r\n\x1a\n"))
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		case "/untyped":
			w.Header()["Content-Type"] = nil
			w.Write([]byte("<!DOCTYPE html><html><p>x</p></html>"))
		case "/rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte("<rss/>"))
		case "/big":
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte(big))
		case "/big-streamed":
			w.Header().Set("Content-Type", "text/plain")
			for i := 0; i < 20; i++ {
				w.Write([]byte(big[:100]))
				w.(http.Flusher).Flush()
			}
		case "/gone":
			http.Error(w, "gone", http.StatusGone)
		case "/error":
			http.Error(w, "oops", http.StatusInternalServerError)
		}
	})
	f := &Fetcher{AllowPrivate: true, MaxBytes: 1000}
	tests := []struct {
		name, path, code, msg string
	}{
		{"an image is refused", "/png", chronicle.EUNSUPPORTED, "content type image/png is not supported"},
		{"a PDF is refused", "/pdf", chronicle.EUNSUPPORTED, "content type application/pdf is not supported"},
		{"a body over MaxBytes is refused", "/big", chronicle.ETOOLARGE, "over the limit"},
		{"a streamed body over MaxBytes is refused", "/big-streamed", chronicle.ETOOLARGE, "over the limit"},
		{"410 Gone is not found", "/gone", chronicle.ENOTFOUND, "HTTP 410 Gone"},
		{"a server error names the status", "/error", chronicle.EINTERNAL, "HTTP 500 Internal Server Error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.Fetch(context.Background(), srv.URL+tt.path)
			if err == nil {
				t.Fatal("Fetch succeeded")
			}
			if !strings.Contains(err.Error(), tt.msg) || chronicle.ErrorCode(err) != tt.code {
				t.Errorf("error = %q (%s), want %q (%s)", err, chronicle.ErrorCode(err), tt.msg, tt.code)
			}
		})
	}
	t.Run("an untyped HTML body is sniffed and accepted", func(t *testing.T) {
		r, err := f.Fetch(context.Background(), srv.URL+"/untyped")
		if err != nil || r.ContentType != "text/html" {
			t.Fatalf("got %+v, %v", r, err)
		}
	})
	t.Run("an RSS feed is accepted", func(t *testing.T) {
		r, err := f.Fetch(context.Background(), srv.URL+"/rss")
		if err != nil || r.ContentType != "application/rss+xml" {
			t.Fatalf("got %+v, %v", r, err)
		}
	})
}

func TestConditionalGetReportsNotModified(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Mon, 02 Jan 2006 15:04:05 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		page(w, r)
	})
	f := &Fetcher{AllowPrivate: true}
	first, err := f.Fetch(context.Background(), srv.URL)
	if err != nil || first.NotModified {
		t.Fatalf("first fetch: %+v, %v", first, err)
	}
	for _, v := range []Validators{first.Validators(), {ETag: `"v1"`}, {LastModified: first.LastModified}} {
		r, err := f.FetchIf(context.Background(), srv.URL, v)
		if err != nil || !r.NotModified || len(r.Body) != 0 {
			t.Errorf("FetchIf(%+v) = %+v, %v; want NotModified", v, r, err)
		}
	}
	r, err := f.FetchIf(context.Background(), srv.URL, Validators{ETag: `"old"`})
	if err != nil || r.NotModified {
		t.Errorf("a stale ETag: %+v, %v; want the page", r, err)
	}
}

func TestFetchTimesOut(t *testing.T) {
	srv, _ := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	f := &Fetcher{AllowPrivate: true, Timeout: 100 * time.Millisecond}
	_, err := f.Fetch(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "timed out after 100ms") {
		t.Fatalf("error = %v", err)
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct {
		name, url, msg string
	}{
		{"an http URL is accepted", "http://news.example/a", ""},
		{"an https URL is accepted", "HTTPS://news.example/a", ""},
		{"a file URL is refused", "file:///etc/passwd", `URL scheme "file" is not supported`},
		{"a gopher URL is refused", "gopher://news.example/", `URL scheme "gopher" is not supported`},
		{"a javascript URL is refused", "javascript:alert(1)", `URL scheme "javascript" is not supported`},
		{"a URL without a scheme is refused", "news.example/a", "has no scheme"},
		{"a URL without a host is refused", "http:///a", "has no host"},
		{"a URL with credentials is refused", "http://user:pw@news.example/", "carries a user name or password"},
		{"a URL with a control character is refused", "http://news.example/\x00", "invalid URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckURL(tt.url)
			if tt.msg == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.msg) || chronicle.ErrorCode(err) != chronicle.EINVALID {
				t.Errorf("CheckURL(%q) = %v, want %q", tt.url, err, tt.msg)
			}
		})
	}
}
