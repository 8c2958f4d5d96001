"""The sync protocol's server side: change log, push, pull and the event stream."""
