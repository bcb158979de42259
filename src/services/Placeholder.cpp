namespace cb::services {}
