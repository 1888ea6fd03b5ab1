package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	base := os.Getenv("CGO_BASE_URL")
	a, errA := ask(http.DefaultClient, base, "What is 2+2?")
	k, errK := classify(http.DefaultClient, base)
	c, errC := count(http.DefaultClient, base)
	_, errG := generatedAsk(base)
	fmt.Println(a, k, c, errA, errK, errC, errG)
}
