// Package web fetches pages and feeds over HTTP without letting a URL reach
// inside the network Chronicle runs in.
//
// Chronicle fetches URLs that users, feeds and redirects hand it, so a URL is
// untrusted input: pointed at 127.0.0.1, 10.0.0.1 or 169.254.169.254 it
// would read internal services or cloud credentials (server-side request
// forgery). The Fetcher therefore checks every address it connects to, at
// dial time, after DNS resolution and on every redirect, and dials the
// checked address itself, so a name that resolves to a public address for the
// check and to a private one for the connection (DNS rebinding) gets nowhere.
// Bodies are bounded in size and time, and only text formats are accepted.
package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle"
)

// Defaults for a zero Fetcher.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 20 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "Chronicle/1.0 (+https://github.com/chronicle-news/chronicle)"
)

// Resolver looks up a host's addresses; *net.Resolver is one.
type Resolver interface {
	LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error)
}

// Dialer connects to an address; *net.Dialer is one. The Fetcher only ever
// passes it an address it has checked, as "ip:port".
type Dialer interface {
	DialContext(ctx context.Context, network, address string) (net.Conn, error)
}

// Fetcher fetches one URL at a time. The zero Fetcher is ready to use with
// the defaults above; it refuses private addresses.
type Fetcher struct {
	// AllowPrivate lets loopback, private, link-local, unique-local and
	// carrier-grade NAT addresses through, for a local test server or an
	// intranet. Cloud metadata, multicast and unspecified addresses stay
	// refused.
	AllowPrivate bool
	// Timeout bounds the whole fetch, redirects and body included; zero
	// means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the body after content decoding; a longer body is an
	// ETOOLARGE error. Zero means DefaultMaxBytes.
	MaxBytes int64
	// MaxRedirects caps the redirects followed; zero means
	// DefaultMaxRedirects.
	MaxRedirects int
	// UserAgent is sent with every request; empty means DefaultUserAgent.
	UserAgent string
	// Resolver and Dialer default to the system's; tests stub them.
	Resolver Resolver
	Dialer   Dialer
}

// Validators are a previous response's ETag and Last-Modified, sent back in a
// conditional GET.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL, after redirects.
	URL        string
	StatusCode int
	Header     http.Header
	// ContentType is the media type without parameters, in lower case;
	// Charset is its charset parameter, if any.
	ContentType string
	Charset     string
	// ETag and LastModified are the validators for the next conditional GET.
	ETag         string
	LastModified string
	// NotModified is true when a conditional GET found the resource
	// unchanged (HTTP 304); Body is then empty.
	NotModified bool
	Body        []byte
}

// Validators returns the response's validators for the next conditional GET.
func (r *Response) Validators() Validators {
	return Validators{ETag: r.ETag, LastModified: r.LastModified}
}

// StatusError is an HTTP response with a status that is neither success nor
// 304 Not Modified.
type StatusError struct {
	StatusCode int
	Status     string
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// Fetch gets rawURL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	return f.FetchIf(ctx, rawURL, Validators{})
}

// FetchIf gets rawURL with a conditional GET: when v is not empty and the
// server finds the resource unchanged, the Response has NotModified set and
// no body. Errors are coded: EINVALID for a bad URL, EFORBIDDEN for a refused
// address, EUNSUPPORTED for a content type that is not text, ETOOLARGE for a
// body over MaxBytes, ENOTFOUND for 404 and 410.
func (f *Fetcher) FetchIf(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := CheckURL(rawURL)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.ErrorCode(err), "fetch %s: %w", rawURL, err)
	}
	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, chronicle.Errorf(chronicle.EINVALID, "fetch %s: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", f.userAgent())
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	client := f.client()
	defer client.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		return nil, f.doError(rawURL, err)
	}
	defer resp.Body.Close()

	r := &Response{
		URL:          resp.Request.URL.String(),
		StatusCode:   resp.StatusCode,
		Header:       resp.Header,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	if resp.StatusCode == http.StatusNotModified {
		r.NotModified = true
		return r, nil
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := chronicle.EINTERNAL
		switch resp.StatusCode {
		case http.StatusNotFound, http.StatusGone:
			code = chronicle.ENOTFOUND
		case http.StatusUnauthorized, http.StatusForbidden:
			code = chronicle.EFORBIDDEN
		}
		return nil, chronicle.Errorf(code, "fetch %s: %w", rawURL, &StatusError{StatusCode: resp.StatusCode, Status: resp.Status})
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		// Refuse before reading, so a 20 MB PDF is not downloaded to be
		// thrown away.
		if mt, _ := mediaType(ct, nil); !textual(mt) {
			return nil, unsupported(rawURL, mt)
		}
	}
	if resp.ContentLength > f.maxBytes() {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "fetch %s: body of %d bytes is over the limit of %d", rawURL, resp.ContentLength, f.maxBytes())
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes()+1))
	if err != nil {
		return nil, f.doError(rawURL, err)
	}
	if int64(len(body)) > f.maxBytes() {
		return nil, chronicle.Errorf(chronicle.ETOOLARGE, "fetch %s: body is over the limit of %d bytes", rawURL, f.maxBytes())
	}
	r.ContentType, r.Charset = mediaType(resp.Header.Get("Content-Type"), body)
	if !textual(r.ContentType) {
		return nil, unsupported(rawURL, r.ContentType)
	}
	r.Body = body
	return r, nil
}

func unsupported(rawURL, mt string) error {
	return chronicle.Errorf(chronicle.EUNSUPPORTED, "fetch %s: content type %s is not supported (want HTML, XML, a feed, plain text or JSON)", rawURL, mt)
}

// doError turns an error from the HTTP client into a coded one that names
// the URL, and the redirect target when that was refused.
func (f *Fetcher) doError(rawURL string, err error) error {
	where := rawURL
	var ue *url.Error
	if errors.As(err, &ue) && ue.URL != rawURL && ue.URL != "" {
		where = fmt.Sprintf("%s: redirect to %s", rawURL, ue.URL)
	}
	var refusal *Refusal
	var ce *chronicle.Error
	switch {
	case errors.As(err, &refusal):
		return chronicle.Errorf(chronicle.EFORBIDDEN, "fetch %s: refused: %w", where, refusal)
	case errors.As(err, &ce):
		return chronicle.Errorf(ce.Code, "fetch %s: %w", where, ce)
	case errors.Is(err, context.DeadlineExceeded):
		return chronicle.Errorf(chronicle.EUPSTREAM, "fetch %s: timed out after %v", where, f.timeout())
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("fetch %s: %w", where, err)
	}
	if ue != nil {
		err = ue.Err
	}
	// The rest is the remote side's failure: a name that does not resolve, a
	// refused or reset connection, a TLS error.
	return chronicle.Errorf(chronicle.EUPSTREAM, "fetch %s: %w", where, err)
}

// client returns an HTTP client whose every connection goes through dial.
// The proxy is off: a proxy would resolve and connect on our behalf,
// unchecked. Keep-alives are off so that every request, redirects included,
// dials (and so is checked) afresh.
func (f *Fetcher) client() *http.Client {
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            f.dial,
		ForceAttemptHTTP2:      true,
		DisableKeepAlives:      true,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  f.timeout(),
		MaxResponseHeaderBytes: 1 << 20,
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > f.maxRedirects() {
				return chronicle.Errorf(chronicle.EINVALID, "more than %d redirects", f.maxRedirects())
			}
			if _, err := CheckURL(req.URL.String()); err != nil {
				return err
			}
			return nil
		},
	}
}

// dial resolves address, refuses it when any of its addresses is refused,
// and connects to the checked address itself, so that no second lookup can
// give a different answer.
func (f *Fetcher) dial(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	var addrs []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{ip}
	} else {
		ips, err := f.resolver().LookupIPAddr(ctx, host)
		if err != nil {
			return nil, fmt.Errorf("resolve %s: %w", host, err)
		}
		for _, ip := range ips {
			a, ok := netip.AddrFromSlice(ip.IP)
			if !ok {
				continue
			}
			addrs = append(addrs, a.Unmap().WithZone(ip.Zone))
			// A mapped answer is checked as what it is mapped from.
		}
		if len(addrs) == 0 {
			return nil, fmt.Errorf("resolve %s: no addresses", host)
		}
	}
	for _, a := range addrs {
		if r := CheckAddr(a, f.AllowPrivate); r != nil {
			if a.String() != host {
				r.Host = host
			}
			return nil, r
		}
	}
	var last error
	for _, a := range addrs {
		conn, err := f.dialer().DialContext(ctx, network, net.JoinHostPort(a.String(), port))
		if err == nil {
			return conn, nil
		}
		last = err
	}
	return nil, last
}

// mediaType returns the response's media type and charset, sniffing the body
// when the server sends none.
func mediaType(header string, body []byte) (string, string) {
	if header == "" {
		header = http.DetectContentType(body)
	}
	mt, params, err := mime.ParseMediaType(header)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(header, ";")[0]))
	}
	return mt, params["charset"]
}

// textual reports whether a media type is one Chronicle can read: HTML,
// XHTML, XML (RSS, Atom, …), plain text or JSON (JSON Feed).
func textual(mt string) bool {
	switch mt {
	case "text/html", "application/xhtml+xml", "text/xml", "application/xml",
		"application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"text/plain", "application/json", "application/feed+json":
		return true
	}
	return strings.HasSuffix(mt, "+xml") || strings.HasSuffix(mt, "+json")
}

func (f *Fetcher) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return DefaultTimeout
}

func (f *Fetcher) maxBytes() int64 {
	if f.MaxBytes > 0 {
		return f.MaxBytes
	}
	return DefaultMaxBytes
}

func (f *Fetcher) maxRedirects() int {
	if f.MaxRedirects > 0 {
		return f.MaxRedirects
	}
	return DefaultMaxRedirects
}

func (f *Fetcher) userAgent() string {
	if f.UserAgent != "" {
		return f.UserAgent
	}
	return DefaultUserAgent
}

func (f *Fetcher) resolver() Resolver {
	if f.Resolver != nil {
		return f.Resolver
	}
	return net.DefaultResolver
}

func (f *Fetcher) dialer() Dialer {
	if f.Dialer != nil {
		return f.Dialer
	}
	return &net.Dialer{Timeout: 10 * time.Second}
}
