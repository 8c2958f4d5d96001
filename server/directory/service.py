"""Loading the municipalities of Varsinais-Suomi from the real code lists."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.directory.models import Municipality
from server.sync.changelog import record_change
from workstation.domain import VARSINAIS_SUOMI_REGION

DATA = Path(__file__).resolve().parents[2] / "resources" / "data"
# Officially bilingual municipalities of the region (Finnish majority, Swedish minority).
BILINGUAL = {"322", "445", "853"}


def region_municipalities(region: str = VARSINAIS_SUOMI_REGION) -> list[dict]:
    provinces = json.loads((DATA / "Province.json").read_text(encoding="utf-8"))
    codes = next(p["Municipalities"] for p in provinces if p["Code"] == region)
    with (DATA / "finland_municipalities_2021_hva_yle.csv").open(encoding="utf-8") as fh:
        rows = {r["code"]: r for r in csv.DictReader(fh)}
    out = []
    for code in codes:
        r = rows[code]
        out.append({
            "code": code, "name_fi": r["name_fi"], "name_sv": r["name_sv"],
            "region_code": region, "population": int(r["population_2020_12"]),
            "languages": ["fi", "sv"] if code in BILINGUAL else ["fi"],
        })
    return out


def ensure_municipalities(session: Session) -> int:
    """Insert the region's municipalities that are missing; returns how many were added."""
    existing = set(session.scalars(select(Municipality.code)))
    added = 0
    for data in region_municipalities():
        if data["code"] in existing:
            continue
        row = Municipality(**data)
        session.add(row)
        record_change(session, "municipality", row)
        added += 1
    return added
