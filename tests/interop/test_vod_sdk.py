"""The official VOD Python SDK against `vod-errors serve`: every code, every operation-specific status.

The SDK must raise ClientException for 4xx and ServerException for 5xx, with our Code, status,
RequestId, and data["Message"] equal to the catalogue's text in the language the server answers in.
The SDK sends the operation's name as the API's `Action` parameter, so the server answers with
that operation's status and message, as the real service does.

- every code, in JSON: called through an operation that documents it (GetPlayInfo for the
  common codes no operation page lists), in one of the 18 languages in turn;
- the common codes in XML as well;
- every operation-specific status: each row whose operation sends another status than the code's
  usual one, through that operation, and through another operation that sends the usual one.

Run by .ci/run with VOD_ERRORS_BIN pointing at the built `vod-errors` binary.
"""

import functools
import json
import os
import re
import subprocess

import pytest
from alibabacloud_tea_openapi.exceptions import ClientException, ServerException
from alibabacloud_tea_openapi.utils_models import Config
from alibabacloud_vod20170321 import models as vod_models
from alibabacloud_vod20170321.client import Client

BINARY = os.environ.get("VOD_ERRORS_BIN", "target/debug/vod-errors")


def vod_errors(*args):
    """Runs `vod-errors` and returns its JSON output."""
    output = subprocess.run([BINARY, *args], check=True, capture_output=True, text=True)
    return json.loads(output.stdout)


@functools.cache
def catalogue():
    """Every code (`list`) and every operation with its rows (`operations`), and the languages."""
    codes = vod_errors("list", "--format", "json", "--lang", "en-US")
    operations = vod_errors("operations", "--format", "json")
    locales = subprocess.run([BINARY, "locales"], check=True, capture_output=True, text=True).stdout
    # The complete real locales (a new one being translated is left out); the pseudolocales
    # (`en-XA`, `ar-XB`) are for layout tests.
    rows = [line.split() for line in locales.splitlines() if line.strip()]
    tags = [row[0] for row in rows if row[1] == "100%" and not row[0].endswith(("-XA", "-XB"))]
    return codes, operations, tags


CODES, OPERATIONS, TAGS = catalogue()
USUAL_STATUS = {code["code"]: code["http_status"] for code in CODES}


def own_arguments(code):
    """The argument names of the code's own message."""
    return next(entry["arguments"] for entry in CODES if entry["code"] == code)


def arguments(names):
    """`--arg` pairs giving each name a value: a number where one is needed."""
    pairs = []
    for name in names:
        pairs += ["--arg", f"{name}={'2048' if name == 'max_length' else 'VideoId'}"]
    return pairs


def catalogue_message(code, operation, lang):
    """The message and status the catalogue gives for `code` on `operation` in `lang`, with the
    values the server was started with (`--arg` gives the code's own message's arguments; the
    operation's message gets those it shares, as the server's)."""
    row_names = vod_errors("explain", code, "--operation", operation, "--format", "json")["arguments"]
    shared = [name for name in row_names if name in own_arguments(code)]
    explained = vod_errors(
        "explain", code, "--operation", operation, "--lang", lang, "--format", "json", *arguments(shared)
    )
    assert explained["locale"] == lang
    return explained["message"], explained["http_status"]


def snake_case(operation):
    """The SDK's method name for an operation: `GetPlayInfo` is `get_play_info`."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", operation).lower()


def call(client, operation):
    """Calls the SDK's method for `operation` with an empty request."""
    method = getattr(client, snake_case(operation))
    request = getattr(vod_models, f"{operation}Request")()
    return method(request)


class Server:
    """`vod-errors serve` on a free loopback port, stopped with Ctrl-C (SIGINT)."""

    def __init__(self, code, lang, body_format):
        command = [BINARY, "serve", "--error", code, "--lang", lang, "--format", body_format, "--quiet"]
        self.process = subprocess.Popen(
            command + arguments(own_arguments(code)), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        first_line = self.process.stdout.readline().strip()
        assert first_line.startswith("listening on http://"), first_line
        self.address = first_line.removeprefix("listening on http://")

    def client(self):
        config = Config(access_key_id="test-id", access_key_secret="test-secret", endpoint=self.address, protocol="HTTP")
        return Client(config)

    def stop(self):
        self.process.send_signal(subprocess.signal.SIGINT)
        _, stderr = self.process.communicate(timeout=10)
        assert self.process.returncode == 0, stderr
        assert "shut down cleanly" in stderr


def expect_error(server, code, operation, lang):
    """Calls `operation` through the SDK and checks the exception against the catalogue."""
    message, status = catalogue_message(code, operation, lang)
    expected_class = ClientException if status < 500 else ServerException
    with pytest.raises(expected_class) as raised:
        call(server.client(), operation)
    error = raised.value
    assert type(error) is expected_class
    assert error.code == code
    assert error.status_code == status
    assert error.request_id and error.request_id != "None"
    assert error.data["RequestId"] == error.request_id
    assert error.data["Message"] == message
    assert error.message == f"code: {status}, {message} request id: {error.request_id}"
    return status


def first_operation(code):
    """An operation that documents the code, or GetPlayInfo for one that none documents."""
    for operation in OPERATIONS:
        if any(row["code"] == code for row in operation["errors"]):
            return operation["operation"]
    return "GetPlayInfo"


def test_the_catalogue_is_complete():
    assert len(CODES) == 139
    assert len(OPERATIONS) == 73
    assert sum(len(operation["errors"]) for operation in OPERATIONS) == 297
    assert len(TAGS) >= 18


@pytest.mark.parametrize("position,code", list(enumerate(entry["code"] for entry in CODES)))
def test_sdk_reads_every_code_in_json(position, code):
    lang = TAGS[position % len(TAGS)]
    server = Server(code, lang, "json")
    try:
        expect_error(server, code, first_operation(code), lang)
    finally:
        server.stop()


COMMON = ["MissingParameter", "InvalidParameter", "OperationDenied", "OperationDenied.Suspended", "Forbidden",
          "InternalError", "ServiceUnAvailable"]


@pytest.mark.parametrize("code", COMMON)
def test_sdk_reads_the_common_codes_in_xml(code):
    server = Server(code, "zh-CN", "xml")
    try:
        expect_error(server, code, "GetPlayInfo", "zh-CN")
    finally:
        server.stop()


def operation_specific_rows():
    """Each (operation, code) whose status is not the code's usual one, with an operation that
    sends the usual one (one that documents it so, else one that does not document the code)."""
    rows = []
    for operation in OPERATIONS:
        for row in operation["errors"]:
            if row["http_status"] != USUAL_STATUS[row["code"]]:
                usual = next(
                    (other["operation"] for other in OPERATIONS
                     for other_row in other["errors"]
                     if other_row["code"] == row["code"] and other_row["http_status"] == USUAL_STATUS[row["code"]]),
                    "GetCategories",
                )
                rows.append((operation["operation"], row["code"], row["http_status"], usual))
    return rows


ROWS = operation_specific_rows()


def test_there_are_operation_specific_statuses():
    assert len(ROWS) >= 5, ROWS


@pytest.mark.parametrize("operation,code,status,usual_operation", ROWS)
def test_sdk_sees_the_status_of_the_operation_it_calls(operation, code, status, usual_operation):
    server = Server(code, "en-US", "json")
    try:
        assert expect_error(server, code, operation, "en-US") == status
        assert expect_error(server, code, usual_operation, "en-US") == USUAL_STATUS[code]
    finally:
        server.stop()
