// Package aws is a stub of the pointer helpers of aws-sdk-go-v2.
package aws

func String(v string) *string { return &v }

func Float32(v float32) *float32 { return &v }
