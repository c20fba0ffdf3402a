#!/usr/bin/python3
"""DocGen's report API called by the python3-grpcio client (a client nobody here wrote).

Usage: report_client.py HOST:PORT   (DOCGEN_KEY set: every call sends "authorization: Bearer <key>")

Generates the message classes with protoc at run time: docgen.v1 from protos/, and
google.rpc.Status / BadRequest from the public googleapis protos that the npm package
google-proto-files ships (tests/interop/node/node_modules; Debian has no package for them).
Every case asserts the exact status and payload; exits non-zero on the first failure.
"""
import json
import os
import subprocess
import sys
import tempfile

import grpc
from google.protobuf import json_format

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
FIXTURES = os.path.join(ROOT, "..", "shared", "fixtures")
GOOGLE_PROTOS = os.path.join(ROOT, "tests", "interop", "node", "node_modules", "google-proto-files")


def generate():
    out = tempfile.mkdtemp(prefix="docgen-py-")
    if not os.path.isfile(os.path.join(GOOGLE_PROTOS, "google", "rpc", "error_details.proto")):
        sys.exit("google-proto-files is missing: run script/bootstrap (npm ci in tests/interop/node)")
    subprocess.run(["protoc", "-I" + os.path.join(ROOT, "protos"), "--python_out=" + out,
                    "docgen/v1/docgen.proto"], check=True)
    subprocess.run(["protoc", "-I" + GOOGLE_PROTOS, "--python_out=" + out,
                    "google/rpc/status.proto", "google/rpc/error_details.proto"], check=True)
    sys.path.insert(0, out)


generate()
from docgen.v1 import docgen_pb2  # noqa: E402
from google.rpc import error_details_pb2, status_pb2  # noqa: E402


def fixture(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return json_format.Parse(f.read(), docgen_pb2.RenderRequest())


def expect(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok   " + what)


class BearerKey(grpc.UnaryUnaryClientInterceptor):
    """Adds the server's API key to every call, as grpcio applications do."""

    def __init__(self, key):
        self.header = ("authorization", "Bearer " + key)

    def intercept_unary_unary(self, continuation, details, request):
        metadata = list(details.metadata or []) + [self.header]
        return continuation(details._replace(metadata=metadata), request)


def main(target):
    channel = grpc.insecure_channel(target)
    if os.environ.get("DOCGEN_KEY"):
        channel = grpc.intercept_channel(channel, BearerKey(os.environ["DOCGEN_KEY"]))
    render = channel.unary_unary("/docgen.v1.ReportService/Render",
                                 request_serializer=docgen_pb2.RenderRequest.SerializeToString,
                                 response_deserializer=docgen_pb2.RenderResponse.FromString)
    validate = channel.unary_unary("/docgen.v1.ReportService/Validate",
                                   request_serializer=docgen_pb2.ValidateRequest.SerializeToString,
                                   response_deserializer=docgen_pb2.ValidateResponse.FromString)
    list_sites = channel.unary_unary("/docgen.v1.SiteService/ListSites",
                                     request_serializer=docgen_pb2.ListSitesRequest.SerializeToString,
                                     response_deserializer=docgen_pb2.ListSitesResponse.FromString)

    # A CMS publishing one report: HTML page and PDF of a real 2022 report.
    request = fixture("panjin-commerce-2022.json")
    response = render(request, timeout=60)
    expect(response.request_id == "panjin-commerce-2022", "Render echoes request_id")
    expect(response.edition == docgen_pb2.EDITION_2021, "Render picks EDITION_2021 for a 2022 report")
    expect(response.pdf[:5] == b"%PDF-" and response.page_count >= 1, "Render returns a PDF with its page count")
    expect("盘锦市商务局" in response.html and "辽ICP备11007870号-1" in response.html,
           "Render returns the HTML page in the site's chrome")
    expect(len(response.content_sha256) == 64, "Render returns a content digest")
    again = render(request, timeout=60)
    expect(again.content_sha256 == response.content_sha256 and again.pdf == response.pdf,
           "the same request renders byte-identically")

    # An admin tool checking a draft with deliberate mistakes.
    broken = fixture("synthetic-broken-2023.json")
    checked = validate(docgen_pb2.ValidateRequest(report=broken.report), timeout=30)
    errors = {(f.code, f.path) for f in checked.findings if f.severity == docgen_pb2.Finding.ERROR}
    expect(len(errors) == 4, "Validate reports the broken fixture's four mistakes: %s" % sorted(errors))
    expect(checked.completed.applications.results_total.HasField("total"), "Validate returns the completed report")

    # Strict render of the broken report: INVALID_ARGUMENT with google.rpc.BadRequest details.
    broken.strict = True
    broken.formats[:] = [docgen_pb2.HTML_FRAGMENT]
    try:
        render(broken, timeout=30)
        raise AssertionError("a strict render of a report with errors must fail")
    except grpc.RpcError as e:
        expect(e.code() == grpc.StatusCode.INVALID_ARGUMENT, "strict render fails with INVALID_ARGUMENT")
        details = dict(e.trailing_metadata() or ()).get("grpc-status-details-bin")
        expect(details is not None, "the failure carries grpc-status-details-bin")
        status = status_pb2.Status.FromString(details)
        expect(status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0], "google.rpc.Status has the same code")
        bad = error_details_pb2.BadRequest()
        expect(any(d.Unpack(bad) for d in status.details), "google.rpc.Status carries a BadRequest")
        fields = {v.field for v in bad.field_violations}
        expect({"report." + path for _, path in errors} == fields,
               "BadRequest names every erroneous field: %s" % sorted(fields))

    # Unknown site.
    unknown = fixture("panjin-commerce-2022.json")
    unknown.site_code = "9999999999"
    try:
        render(unknown, timeout=30)
        raise AssertionError("an unknown site must fail")
    except grpc.RpcError as e:
        expect(e.code() == grpc.StatusCode.NOT_FOUND and "9999999999" in e.details(),
               "unknown site gives NOT_FOUND naming the code")

    sites = list_sites(docgen_pb2.ListSitesRequest(), timeout=10)
    expect("2111000031" in [s.site_code for s in sites.sites], "ListSites lists the sample site 2111000031")
    print("report_client: all cases passed")


if __name__ == "__main__":
    main(sys.argv[1])
