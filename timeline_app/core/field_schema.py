"""How the fields of a stored value object (an event, a source reference, an article) are kept
in a document, read off its dataclass: one description per field, from which the writer, the
careful reader and the typed fast reader are all derived.

A field's Python name, type and default are the dataclass's own; ``storage()`` adds what a
document needs beyond them (a JSON key other than the name, a text that must not be blank,
texts that repeat across thousands of events and are shared). The type decides the kind:

=====================  =====================================  ===========================
type                   in the document                        when it is missing or null
=====================  =====================================  ===========================
``str``                text                                   the default
``tuple[str, ...]``    a list of texts                        ``()`` (also for ``""``, 0)
``int | None``         a whole number, 0 or more              ``None``
a ``StrEnum``          one of its values, as text             the default
``bool``               true or false                          the default
``When``               an EDTF date (``2014``, ``2015/..``)   refused: it is required
``When | None``        an EDTF date, or null                  ``None`` (also for ``""``)
``datetime.date``      an ISO date (``2022-01-18``)           ``None``
``tuple[D, ...]``      a list of objects of dataclass ``D``   ``()``
=====================  =====================================  ===========================

A field without a default is required. Adding a field to a dataclass is therefore the whole
change to the file format; documents written before it simply lack the key, and open with
the default.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

import msgspec

from timeline_app.core.dates import DateError, When

_META = "stored"

# Timelines repeat dates (many events share a day): parsing each distinct text once pays,
# and the events of one date share one When.
when_from_edtf = functools.lru_cache(maxsize=1 << 16)(When.from_edtf)


class DocumentError(ValueError):
    """A document that cannot be read; the message names the file and the place."""


@dataclasses.dataclass(frozen=True)
class Storage:
    """What a document needs to know about a field beyond its name, type and default."""

    key: str | None = None  # the JSON key, when it is not the field's name
    nonblank: bool = False  # refuse text that is empty or only spaces
    shared: bool = False  # texts repeated across events: keep one string for them all
    # Keep one string with this field of the enclosing object when they are equal (an
    # extracted event's evidence is often its description).
    same_as_outer: str | None = None
    what: str | None = None  # how an error names what was expected ("a character offset")
    item: str | None = None  # how an error names one item of a list ("source reference")


def storage(**options: Any) -> dict[str, Storage]:
    """The metadata of a dataclass field that says what a document needs to know about it
    (see ``Storage``): ``field(default="", metadata=storage(shared=True))``."""
    return {_META: Storage(**options)}


@dataclasses.dataclass(frozen=True)
class FieldSpec:
    """One stored field: its name, JSON key, kind, default and how it is checked."""

    name: str
    key: str
    kind: Kind
    default: Any  # dataclasses.MISSING: required
    storage: Storage

    @property
    def required(self) -> bool:
        return self.default is dataclasses.MISSING


@dataclasses.dataclass(frozen=True)
class Schema:
    """The stored fields of one dataclass, in the order the writer writes them."""

    cls: type
    fields: tuple[FieldSpec, ...]


@functools.cache
def schema_of(cls: type) -> Schema:
    """The schema of a dataclass, read off its fields and type annotations."""
    hints = typing.get_type_hints(cls)
    specs = []
    for field in dataclasses.fields(cls):
        storage = field.metadata.get(_META, Storage())
        default = field.default
        if field.default_factory is not dataclasses.MISSING:
            default = field.default_factory()
        specs.append(
            FieldSpec(
                field.name, storage.key or field.name, _kind_of(hints[field.name]), default, storage
            )
        )
    return Schema(cls, tuple(specs))


# --- kinds ------------------------------------------------------------------------------------
#
# Each kind says, for one type, how a value is written (``write``: an expression over the
# value's expression, compiled into the writer), how the typed fast reader declares it to
# msgspec and turns what msgspec gives into the value (``record_type``, ``read``), and how the
# careful reader checks a parsed JSON value and explains what is wrong with it (``check``).
# The writer and the fast reader are compiled once from these expressions, as ``dataclasses``
# compiles ``__init__``: a loop over the fields for each of 100,000 events would make opening
# a large timeline a sixth slower.


class Kind:
    """How fields of one type are written, read fast and read carefully (see above)."""

    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        return value

    def record_type(self, spec: FieldSpec) -> Any:
        raise NotImplementedError

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        return value

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        raise NotImplementedError


class Text(Kind):
    def record_type(self, spec: FieldSpec) -> Any:
        return str

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        if spec.storage.same_as_outer:
            outer = f"o{depth - 1}.{spec.storage.same_as_outer}"
            return f"({outer} if {value} == {outer} else {value})"
        return f"intern({value})" if spec.storage.shared else value

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        default = "" if spec.required else spec.default
        value = reader.text(spec.key, required=spec.required, default=default)
        if spec.storage.nonblank and not value.strip():
            raise DocumentError(f'{reader.place}, field "{spec.key}": the {spec.key} is empty')
        return value


class Texts(Kind):
    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"list({value})"

    def record_type(self, spec: FieldSpec) -> Any:
        return tuple[str, ...]

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"tuple(map(intern, {value}))" if spec.storage.shared else value

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        value = reader.data.get(spec.key)
        if not value:
            return ()
        if type(value) is not list or any(type(v) is not str for v in value):
            raise DocumentError(f'{reader.place}, field "{spec.key}": expected a list of texts')
        return tuple(value)


class Count(Kind):
    def record_type(self, spec: FieldSpec) -> Any:
        return Annotated[int, msgspec.Meta(ge=0)] | None

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        value = reader.data.get(spec.key)
        if value is None:
            return None
        if type(value) is not int or value < 0:
            what = spec.storage.what or "a whole number, 0 or more"
            raise DocumentError(f'{reader.place}, field "{spec.key}": expected {what}')
        return value


@dataclasses.dataclass(frozen=True)
class Choice(Kind):
    vocabulary: type[StrEnum]

    def record_type(self, spec: FieldSpec) -> Any:
        return self.vocabulary

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        value = reader.text(spec.key, default=spec.default.value)
        try:
            return self.vocabulary(value)
        except ValueError:
            allowed = ", ".join(member.value for member in self.vocabulary)
            raise DocumentError(
                f'{reader.place}, field "{spec.key}": "{value}" is not one of {allowed}'
            ) from None


class Flag(Kind):
    def record_type(self, spec: FieldSpec) -> Any:
        return bool

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        value = reader.data.get(spec.key)
        if value is None:
            return spec.default
        if type(value) is not bool:
            raise DocumentError(f'{reader.place}, field "{spec.key}": expected true or false')
        return value


class Edtf(Kind):
    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"{value}.to_edtf()"

    def record_type(self, spec: FieldSpec) -> Any:
        return str

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"when_from_edtf({value})"

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        text = reader.text(spec.key, required=spec.required)
        try:
            return when_from_edtf(text)
        except DateError as error:
            raise DocumentError(f'{reader.place}, field "{spec.key}": {error}') from None


class OptionalEdtf(Kind):
    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"({value}.to_edtf() if {value} is not None else None)"

    def record_type(self, spec: FieldSpec) -> Any:
        return str | None

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"(when_from_edtf({value}) if {value} else None)"

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        text = reader.text(spec.key)
        if not text:
            return None
        try:
            return when_from_edtf(text)
        except DateError as error:
            raise DocumentError(f'{reader.place}, field "{spec.key}": {error}') from None


class IsoDate(Kind):
    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        return f"({value}.isoformat() if {value} else None)"

    def record_type(self, spec: FieldSpec) -> Any:
        raise TypeError("dates are read by the careful reader only")

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        text = reader.text(spec.key)
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise DocumentError(
                f'{reader.place}, field "{spec.key}": "{text}" is not a date like 2022-01-18'
            ) from None


@dataclasses.dataclass(frozen=True)
class Records(Kind):
    item_type: type

    @property
    def schema(self) -> Schema:
        return schema_of(self.item_type)

    def write(self, value: str, spec: FieldSpec, depth: int) -> str:
        item = f"o{depth + 1}"
        return f"[{dict_expression(self.schema, item, depth + 1)} for {item} in {value}]"

    def record_type(self, spec: FieldSpec) -> Any:
        return types.GenericAlias(tuple, (record_type(self.schema), ...))

    def read(self, value: str, spec: FieldSpec, depth: int) -> str:
        item = f"o{depth + 1}"
        make = construct_expression(self.schema, item, depth + 1)
        return f"(tuple([{make} for {item} in {value}]) if {value} else ())"

    def check(self, reader: Reader, spec: FieldSpec) -> Any:
        items = reader.data.get(spec.key) or []
        if type(items) is not list:
            raise DocumentError(f'{reader.place}, field "{spec.key}": expected a list')
        label = spec.storage.item or "item"
        return tuple(
            read_object(self.schema, Reader(item, f"{reader.place}, {label} {index}"))
            for index, item in enumerate(items, start=1)
        )


def _kind_of(hint: Any) -> Kind:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        return Text()
    if hint is bool:
        return Flag()
    if hint is When:
        return Edtf()
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return Choice(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in args and len(args) == 2:
        inner = next(arg for arg in args if arg is not type(None))
        if inner is int:
            return Count()
        if inner is dt.date:
            return IsoDate()
        if inner is When:
            return OptionalEdtf()
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str:
            return Texts()
        if isinstance(args[0], type) and dataclasses.is_dataclass(args[0]):
            return Records(args[0])
    raise TypeError(f"no document kind for fields of type {hint!r}")


# --- the careful reader -----------------------------------------------------------------------


class Reader:
    """One parsed JSON object and its place in the document, for the messages."""

    __slots__ = ("data", "place")

    def __init__(self, data: Any, place: str) -> None:
        self.data, self.place = data, place
        if type(data) is not dict:
            raise DocumentError(f"{place} is not an object")

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.data.get(key)
        if type(value) is str:
            return value
        if value is None:
            if required:
                raise DocumentError(f'{self.place} has no "{key}"')
            return default
        raise DocumentError(f'{self.place}, field "{key}": expected text, found {_kind(value)}')


def read_object(schema: Schema, reader: Reader) -> Any:
    """The value of a parsed JSON object, checked field by field in the writer's order; the
    first problem is a DocumentError that names its place."""
    return schema.cls(*[spec.kind.check(reader, spec) for spec in schema.fields])


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        str: "text",
    }.get(type(value), type(value).__name__)


# --- the compiled writer and fast reader ------------------------------------------------------


def dict_expression(schema: Schema, value: str, depth: int) -> str:
    items = ", ".join(
        f"{spec.key!r}: {spec.kind.write(f'{value}.{spec.name}', spec, depth)}"
        for spec in schema.fields
    )
    return f"{{{items}}}"


def construct_expression(schema: Schema, record: str, depth: int) -> str:
    args = ", ".join(spec.kind.read(f"{record}.{spec.name}", spec, depth) for spec in schema.fields)
    return f"{_class_name(schema.cls)}({args})"


def _class_name(cls: type) -> str:
    return f"_{cls.__name__}"


def _namespace(schema: Schema, into: dict[str, Any]) -> dict[str, Any]:
    into[_class_name(schema.cls)] = schema.cls
    for spec in schema.fields:
        if isinstance(spec.kind, Records):
            _namespace(spec.kind.schema, into)
    return into


def _compile(name: str, source: str, schema: Schema) -> Callable[[Any], Any]:
    from sys import intern

    namespace = _namespace(schema, {"intern": intern, "when_from_edtf": when_from_edtf})
    exec(compile(source, f"<{name} of {schema.cls.__name__}>", "exec"), namespace)
    function: Callable[[Any], Any] = namespace[name]
    return function


def compile_writer(schema: Schema) -> Callable[[Any], dict[str, Any]]:
    """A function from a value to the dict the document holds for it."""
    source = f"def to_dict(o0):\n    return {dict_expression(schema, 'o0', 0)}\n"
    return _compile("to_dict", source, schema)


def compile_record_reader(schema: Schema) -> Callable[[Any], Any]:
    """A function from a typed record (``record_type``) to the value; ValueError (or DateError)
    for a value the careful reader would refuse."""
    checks = "".join(
        f"    if not o0.{spec.name}.strip():\n        raise ValueError('blank {spec.key}')\n"
        for spec in schema.fields
        if spec.storage.nonblank
    )
    source = f"def from_record(o0):\n{checks}    return {construct_expression(schema, 'o0', 0)}\n"
    return _compile("from_record", source, schema)


@functools.cache
def record_type(schema: Schema) -> type[msgspec.Struct]:
    """The msgspec record of a schema: msgspec checks the type of every field while it
    parses, in C, and skips keys it does not know."""
    fields = [
        (spec.name, spec.kind.record_type(spec))
        if spec.required
        else (spec.name, spec.kind.record_type(spec), spec.default)
        for spec in schema.fields
    ]
    rename = {spec.name: spec.key for spec in schema.fields if spec.key != spec.name}
    return msgspec.defstruct(
        f"{schema.cls.__name__}Record",
        fields,
        rename=rename or None,
        module=__name__,
        kw_only=True,
        gc=False,  # records hold only strings, numbers and other records: never a cycle
    )
