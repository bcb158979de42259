namespace cb::storage {}
