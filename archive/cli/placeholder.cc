namespace amparo::cli {}
