"""Phone calls from the contact-centre platform: the webhook, service lines, screen pop and
the day simulator."""
