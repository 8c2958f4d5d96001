"""Client records: identity codes and the rules for a record that may lack one."""
