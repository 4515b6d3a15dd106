"""The official VOD Python SDK against `vod-errors serve`: every code, in JSON and in XML.

The SDK must raise ClientException for 4xx and ServerException for 5xx, with our Code, status,
RequestId, and data["Message"] equal to the catalogue's text in the language the server answers in.
Run by .ci/run with VOD_ERRORS_BIN pointing at the built `vod-errors` binary.
"""

import json
import os
import subprocess

import pytest
from alibabacloud_tea_openapi.exceptions import ClientException, ServerException
from alibabacloud_tea_openapi.utils_models import Config
from alibabacloud_vod20170321 import models as vod_models
from alibabacloud_vod20170321.client import Client

BINARY = os.environ.get("VOD_ERRORS_BIN", "target/debug/vod-errors")

# (code, HTTP status, language the server answers in)
CASES = [
    ("MissingParameter", 400, "en-US"),
    ("InvalidParameter", 400, "zh-CN"),
    ("OperationDenied", 403, "ja-JP"),
    ("OperationDenied.Suspended", 403, "de-DE"),
    ("Forbidden", 403, "ar-SA"),
    ("InternalError", 500, "fr-FR"),
    ("ServiceUnAvailable", 503, "ko-KR"),
]
ARGUMENTS = {"MissingParameter": ["--arg", "parameter=VideoId"], "InvalidParameter": ["--arg", "parameter=VideoId"]}


def catalogue_message(code, lang):
    """The message the catalogue gives for `code` in `lang`, from `vod-errors explain`."""
    output = subprocess.run(
        [BINARY, "explain", code, "--lang", lang, "--format", "json", *ARGUMENTS.get(code, [])],
        check=True,
        capture_output=True,
        text=True,
    )
    explained = json.loads(output.stdout)
    assert explained["locale"] == lang
    return explained["message"]


class Server:
    """`vod-errors serve` on a free loopback port, stopped with Ctrl-C (SIGINT)."""

    def __init__(self, code, lang, body_format):
        command = [BINARY, "serve", "--error", code, "--lang", lang, "--format", body_format]
        self.process = subprocess.Popen(
            command + ARGUMENTS.get(code, []), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        first_line = self.process.stdout.readline().strip()
        assert first_line.startswith("listening on http://"), first_line
        self.address = first_line.removeprefix("listening on http://")

    def stop(self):
        self.process.send_signal(subprocess.signal.SIGINT)
        _, stderr = self.process.communicate(timeout=10)
        assert self.process.returncode == 0, stderr
        assert "shut down cleanly" in stderr


@pytest.mark.parametrize("body_format", ["json", "xml"])
@pytest.mark.parametrize("code,status,lang", CASES)
def test_sdk_reads_every_error(code, status, lang, body_format):
    server = Server(code, lang, body_format)
    try:
        config = Config(access_key_id="test-id", access_key_secret="test-secret", endpoint=server.address, protocol="HTTP")
        client = Client(config)
        expected_class = ClientException if status < 500 else ServerException
        with pytest.raises(expected_class) as raised:
            client.get_play_info(vod_models.GetPlayInfoRequest(video_id="VideoId"))
        error = raised.value
        assert type(error) is expected_class
        assert error.code == code
        assert error.status_code == status
        assert error.request_id and error.request_id != "None"
        assert error.data["RequestId"] == error.request_id
        assert error.data["Message"] == catalogue_message(code, lang)
        assert error.message == f"code: {status}, {error.data['Message']} request id: {error.request_id}"
    finally:
        server.stop()
