// Package nats feeds documents to any number of stateless workers through
// NATS JetStream: ingest publishes each document once (JetStream drops
// duplicates by message id within its window), workers pull with explicit
// acks, and a message that keeps failing goes to a dead-letter stream after
// MaxDeliver tries. Delivery is at least once; the store's idempotent Put
// makes it exactly once in effect. It is the only package that imports the
// NATS client.
package nats

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle"
	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Names of the streams, subjects and consumer.
const (
	DocStream   = "CHRONICLE_DOCS"
	DocSubject  = "chronicle.docs"
	DeadStream  = "CHRONICLE_DEAD"
	DeadSubject = "chronicle.dead"
	Consumer    = "chronicle-workers"
)

// Options tunes a queue. The zero value uses the defaults.
type Options struct {
	// MaxDeliver is how many times a message is tried before it is
	// dead-lettered (default 5).
	MaxDeliver int
	// AckWait is how long a worker has for one document before it is
	// redelivered (default 2 minutes).
	AckWait time.Duration
	// Name names the connection in the server's monitoring.
	Name string
}

// Queue is a connection to the JetStream document queue.
type Queue struct {
	nc   *natsgo.Conn
	js   jetstream.JetStream
	opts Options
}

// Connect connects to the server at url and makes sure the streams and the
// shared worker consumer exist.
func Connect(ctx context.Context, url string, opts Options) (*Queue, error) {
	if opts.MaxDeliver <= 0 {
		opts.MaxDeliver = 5
	}
	if opts.AckWait <= 0 {
		opts.AckWait = 2 * time.Minute
	}
	if opts.Name == "" {
		opts.Name = "chronicle"
	}
	nc, err := natsgo.Connect(url, natsgo.Name(opts.Name), natsgo.MaxReconnects(-1), natsgo.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("nats: connect %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats: %w", err)
	}
	q := &Queue{nc: nc, js: js, opts: opts}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       DocStream,
		Subjects:   []string{DocSubject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("nats: stream %s: %w", DocStream, err)
	}
	_, err = q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     DeadStream,
		Subjects: []string{DeadSubject},
		Storage:  jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("nats: stream %s: %w", DeadStream, err)
	}
	_, err = q.js.CreateOrUpdateConsumer(ctx, DocStream, jetstream.ConsumerConfig{
		Durable:   Consumer,
		AckPolicy: jetstream.AckExplicitPolicy,
		AckWait:   q.opts.AckWait,
		// The worker dead-letters on the last try itself; one more delivery
		// is the server's backstop for a worker killed during it.
		MaxDeliver:    q.opts.MaxDeliver + 1,
		MaxAckPending: 1000,
	})
	if err != nil {
		return fmt.Errorf("nats: consumer %s: %w", Consumer, err)
	}
	return nil
}

// Close drains and closes the connection.
func (q *Queue) Close() error {
	return q.nc.Drain()
}

// Publish queues doc for analysis. Its message id is the document id and
// content hash, so publishing the same document again within JetStream's
// duplicate window is a no-op, and a re-run of an interrupted ingest does
// not double the work.
func (q *Queue) Publish(ctx context.Context, doc *chronicle.Document) error {
	if doc.ContentHash == "" {
		doc.ContentHash = chronicle.HashText(doc.Text)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	msg := &natsgo.Msg{Subject: DocSubject, Data: b, Header: natsgo.Header{}}
	msg.Header.Set(natsgo.MsgIdHdr, doc.ID+"@"+doc.ContentHash)
	if _, err := q.js.PublishMsg(ctx, msg); err != nil {
		return fmt.Errorf("nats: publish %s: %w", doc.ID, err)
	}
	return nil
}

// Handler analyses and stores one document. An error makes the message be
// tried again later, up to MaxDeliver times.
type Handler func(ctx context.Context, doc *chronicle.Document) error

// WorkOptions tunes a worker.
type WorkOptions struct {
	// Concurrency is how many documents are handled at once (default 1).
	Concurrency int
	// OnDead, when set, is told of each dead-lettered message.
	OnDead func(subjectID string, err error)
	// OnDone, when set, is told of each document handled.
	OnDone func(doc *chronicle.Document)
	// Batch is how many messages are fetched at a time (default 2×Concurrency).
	Batch int
}

// Work pulls documents and hands them to h until ctx is done. A message that
// cannot be decoded, or that fails on its last try, is published to the
// dead-letter stream with the error and acknowledged, so it stops being
// redelivered.
func (q *Queue) Work(ctx context.Context, h Handler, opts WorkOptions) error {
	if opts.Concurrency <= 0 {
		opts.Concurrency = 1
	}
	if opts.Batch <= 0 {
		opts.Batch = 2 * opts.Concurrency
	}
	cons, err := q.js.Consumer(ctx, DocStream, Consumer)
	if err != nil {
		return fmt.Errorf("nats: consumer: %w", err)
	}
	sem := make(chan struct{}, opts.Concurrency)
	var wg sync.WaitGroup
	defer wg.Wait()
	for ctx.Err() == nil {
		batch, err := cons.Fetch(opts.Batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			if errors.Is(err, natsgo.ErrConnectionClosed) {
				return fmt.Errorf("nats: %w", err)
			}
			time.Sleep(200 * time.Millisecond)
			continue
		}
		for msg := range batch.Messages() {
			sem <- struct{}{}
			wg.Add(1)
			go func(msg jetstream.Msg) {
				defer wg.Done()
				defer func() { <-sem }()
				q.handle(ctx, msg, h, opts)
			}(msg)
		}
		if err := batch.Error(); err != nil && ctx.Err() == nil && !errors.Is(err, natsgo.ErrTimeout) {
			time.Sleep(200 * time.Millisecond)
		}
	}
	return nil
}

func (q *Queue) handle(ctx context.Context, msg jetstream.Msg, h Handler, opts WorkOptions) {
	meta, err := msg.Metadata()
	tries := uint64(1)
	if err == nil {
		tries = meta.NumDelivered
	}
	var doc chronicle.Document
	if err := json.Unmarshal(msg.Data(), &doc); err != nil || doc.ID == "" {
		if err == nil {
			err = errors.New("document has no id")
		}
		q.deadLetter(ctx, msg, fmt.Errorf("undecodable message: %w", err), tries, opts)
		return
	}
	if err := h(ctx, &doc); err != nil {
		if ctx.Err() != nil {
			msg.Nak() // shutting down: let another worker have it now
			return
		}
		if tries >= uint64(q.opts.MaxDeliver) || refused(err) {
			q.deadLetter(ctx, msg, err, tries, opts)
			return
		}
		msg.NakWithDelay(time.Duration(tries) * 500 * time.Millisecond)
		return
	}
	if err := msg.DoubleAck(ctx); err != nil {
		// The ack was lost: the message comes back and the idempotent
		// store turns the second delivery into a no-op.
		return
	}
	if opts.OnDone != nil {
		opts.OnDone(&doc)
	}
}

// refused reports whether err says the document itself is refused (too
// large, invalid): trying it again would fail again, so it goes to the
// dead letters on its first failure instead of holding a worker MaxDeliver
// times.
func refused(err error) bool {
	switch chronicle.ErrorCode(err) {
	case chronicle.EINVALID, chronicle.ETOOLARGE:
		return true
	}
	return false
}

func (q *Queue) deadLetter(ctx context.Context, msg jetstream.Msg, cause error, tries uint64, opts WorkOptions) {
	dead := &natsgo.Msg{Subject: DeadSubject, Data: msg.Data(), Header: natsgo.Header{}}
	dead.Header.Set("Chronicle-Error", cause.Error())
	dead.Header.Set("Chronicle-Tries", strconv.FormatUint(tries, 10))
	if id := msg.Headers().Get(natsgo.MsgIdHdr); id != "" {
		dead.Header.Set("Chronicle-Msg-Id", id)
	}
	if _, err := q.js.PublishMsg(ctx, dead); err != nil {
		msg.Nak() // keep it rather than lose it
		return
	}
	msg.Term()
	if opts.OnDead != nil {
		opts.OnDead(msg.Headers().Get(natsgo.MsgIdHdr), cause)
	}
}

// Stats reports the queue's depth.
type Stats struct {
	Pending    uint64 // documents not yet delivered
	InFlight   int    // delivered, not yet acknowledged
	DeadLetter uint64 // documents in the dead-letter stream
}

// Stats returns the current queue depth, for metrics and tests.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	cons, err := q.js.Consumer(ctx, DocStream, Consumer)
	if err != nil {
		return st, err
	}
	info, err := cons.Info(ctx)
	if err != nil {
		return st, err
	}
	st.Pending = info.NumPending
	st.InFlight = info.NumAckPending
	dead, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return st, err
	}
	dinfo, err := dead.Info(ctx)
	if err != nil {
		return st, err
	}
	st.DeadLetter = dinfo.State.Msgs
	return st, nil
}

// DeadLetters returns up to n dead-lettered documents' message ids with
// their errors, oldest first.
func (q *Queue) DeadLetters(ctx context.Context, n int) ([][2]string, error) {
	s, err := q.js.Stream(ctx, DeadStream)
	if err != nil {
		return nil, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, err
	}
	var out [][2]string
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && len(out) < n; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		out = append(out, [2]string{m.Header.Get("Chronicle-Msg-Id"), m.Header.Get("Chronicle-Error")})
	}
	return out, nil
}

// PublishRaw queues a message body as it is; for tools and tests that feed
// the queue from elsewhere.
func (q *Queue) PublishRaw(ctx context.Context, body []byte) error {
	if _, err := q.js.Publish(ctx, DocSubject, body); err != nil {
		return fmt.Errorf("nats: publish: %w", err)
	}
	return nil
}
