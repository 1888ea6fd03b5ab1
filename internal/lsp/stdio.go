package lsp

import (
	"io"

	"github.com/sourcegraph/jsonrpc2"
)

// NewStream frames JSON-RPC messages with LSP's Content-Length headers over
// r and w (stdin and stdout for an editor).
func NewStream(r io.ReadCloser, w io.WriteCloser) jsonrpc2.ObjectStream {
	return jsonrpc2.NewBufferedStream(readWriteCloser{r, w}, jsonrpc2.VSCodeObjectCodec{})
}

type readWriteCloser struct {
	io.ReadCloser
	w io.WriteCloser
}

func (rw readWriteCloser) Write(p []byte) (int, error) { return rw.w.Write(p) }

func (rw readWriteCloser) Close() error {
	err := rw.ReadCloser.Close()
	if werr := rw.w.Close(); err == nil {
		err = werr
	}
	return err
}
