namespace amparo::web {}
