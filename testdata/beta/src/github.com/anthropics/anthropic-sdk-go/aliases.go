package anthropic

import "github.com/anthropics/anthropic-sdk-go/packages/param"

type paramUnion = param.APIUnion

type paramObj = param.APIObject
