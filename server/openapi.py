"""The published OpenAPI schema is the contract for integrators: it must name every status
a route really answers, with the body the server really sends.

Routes declare the refusals of their own (``responses=errors(404, 409)``); ``document(app)``
adds, to the generated schema, those that follow from how an operation is declared, so a
new route cannot forget them:

- bearer security (``deps.current_caller``): 401 with ``WWW-Authenticate: Bearer``;
- role names in that security requirement (``deps.require_roles``): 403;
- any parameter or body: 422 with ``ValidationErrorBody`` (what ``server.app``'s handler
  sends; FastAPI's own ``HTTPValidationError``, whose ``detail`` is a list, is replaced);
- a body: 413 (``app.RequestGuard``).

It works on the generated schema (FastAPI's documented way to extend it), not on route
objects, whose inner shape changes between FastAPI versions."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

REF = "#/components/schemas/"
BEARER = "bearer"   # deps.BEARER's scheme_name


class FieldError(BaseModel):
    field: str = Field(description="the dotted path inside the body, query or header "
                                   "(e.g. `mutations.0.mutation_id`); empty for the whole "
                                   "body")
    message: str


class ErrorBody(BaseModel):
    """Every error answer: a message for a person."""
    detail: str


class ValidationErrorBody(BaseModel):
    """422: the request was understood but refused. ``errors`` is present when the body,
    query or a header failed validation against its model; other refusals (an unknown
    scope, an empty chat message) have only ``detail``."""
    detail: str
    errors: list[FieldError] = Field(default_factory=list)


_DESCRIPTIONS = {
    401: "Not authenticated",
    403: "Not allowed for this caller",
    404: "Not found",
    409: "Conflicts with the current state",
    413: "The body is larger than 2 MiB",
    422: "Refused: the request does not validate, or its content is not acceptable",
    429: "Too many requests",
    503: "Temporarily unavailable",
}

# The 200 of an event stream (the stream's errors before it starts are JSON).
EVENT_STREAM: dict[str, Any] = {
    "description": "Server-Sent Events, until the client goes away (see docs/api.md)",
    "content": {"text/event-stream": {"schema": {"type": "string"}}}}


def errors(*codes: int, **descriptions: str) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries for these error statuses, with the real error body.
    ``descriptions`` override the default text: ``errors(404, s404="No such chat")``."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        model = "ValidationErrorBody" if code == 422 else "ErrorBody"
        entry: dict[str, Any] = {
            "description": descriptions.get(f"s{code}", _DESCRIPTIONS[code]),
            "content": {"application/json": {"schema": {"$ref": REF + model}}}}
        if code in (429, 503):
            entry["headers"] = {"Retry-After": {
                "description": "seconds to wait before trying again",
                "schema": {"type": "string", "pattern": r"^\d+$"}}}
        out[str(code)] = entry
    return out


def _derived(operation: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    out: dict[int | str, dict[str, Any]] = {}
    roles: list[str] = []
    bearer = False
    for requirement in operation.get("security", []):
        if BEARER in requirement:
            bearer = True
            roles += requirement[BEARER]
    if bearer:
        out |= errors(401, s401="No valid access token (missing, invalid or expired), or "
                                "the user is not active")
        out["401"]["headers"] = {"WWW-Authenticate": {
            "required": True, "schema": {"type": "string", "const": "Bearer"}}}
    if roles:
        out |= errors(403, s403=f"The caller's role is not one of {', '.join(roles)}")
    if operation.get("parameters") or operation.get("requestBody"):
        out |= errors(422)
    if operation.get("requestBody"):
        out |= errors(413)
    return out


def _components() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for model in (ErrorBody, ValidationErrorBody):
        schema = model.model_json_schema(ref_template=REF + "{model}")
        schemas.update(schema.pop("$defs", {}))
        schemas[model.__name__] = schema
    return schemas


def complete(schema: dict[str, Any]) -> dict[str, Any]:
    """Adds the derived error answers and the error bodies to a generated schema."""
    fastapi_422 = REF + "HTTPValidationError"
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            if fastapi_422 in json.dumps(responses.get("422", {})):
                del responses["422"]
            for code, entry in _derived(operation).items():
                # What a route says of its own refusal is more precise: keep its text.
                if str(code) in responses:
                    responses[str(code)].setdefault("content", entry["content"])
                else:
                    responses[str(code)] = entry
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(_components())
    if fastapi_422 not in json.dumps(schema.get("paths", {})):
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
    return schema


def document(app: FastAPI) -> None:
    """Makes ``app.openapi()`` (and ``/openapi.json``) serve the completed schema."""
    generate = app.openapi
    completed: dict[str, Any] | None = None

    def openapi() -> dict[str, Any]:
        nonlocal completed
        schema = generate()   # FastAPI keeps it (as app.openapi_schema) until routes change
        if schema is not completed:
            completed = complete(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
