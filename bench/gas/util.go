package main

import (
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/veritrain/veritrain/contracts/model"
)

type modelSetup = model.Setup

func callErr[T any](d *driver, data []byte, unpack func([]byte) (T, error)) (T, error) {
	// both contracts' views go through the game or market instance named by the packer
	if v, err := bind.Call(d.market, nil, data, unpack); err == nil {
		return v, nil
	}
	return bind.Call(d.game, nil, data, unpack)
}
