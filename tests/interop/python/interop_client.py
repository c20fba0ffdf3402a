#!/usr/bin/python3
"""DocGen's report API called by python3-grpcio, a client nobody on this project wrote.

Usage: /usr/bin/python3 interop_client.py --target HOST:PORT [--repo REPO_ROOT] [--key KEY] [--site-key KEY]

--key (or DOCGEN_KEY) is sent as `authorization: Bearer KEY` on every call; --site-key, a key for
site 2111000031 only, is used by the PERMISSION_DENIED case.

Message classes are generated with protoc into a temp dir at run time: docgen.v1 from protos/,
grpc.health.v1 and grpc.reflection.v1 from tests/interop/protos/, and google.rpc.Status /
BadRequest from the public googleapis protos that the npm package google-proto-files ships
(tests/interop/node/node_modules; Debian has no package for them). Every case asserts the exact
status and payload. Exits 0 when every case passes, 1 otherwise.
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile
import threading
import traceback

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, json_format

SERVICES = ["docgen.v1.ReportService", "docgen.v1.SiteService", "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"]
BROKEN_ERRORS = [
    ("APPLICANT_ROW_TOTAL", "applications.new_received.total"),
    ("NEGATIVE_COUNT", "applications.carried_forward.other_org"),
    ("RESULTS_TOTAL", "applications.results_total.natural_person"),
    ("REVIEW_LITIGATION_TOTAL", "review_litigation.litigation_direct.total"),
]
OTHER_SITE = "3501210001"


class _CallDetails(collections.namedtuple("_CallDetails", "method timeout metadata credentials wait_for_ready compression"),
                   grpc.ClientCallDetails):
    pass


class Bearer(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor,
             grpc.StreamUnaryClientInterceptor, grpc.StreamStreamClientInterceptor):
    """Adds `authorization: Bearer KEY` to every call (h2c has no channel credentials to carry a call credential)."""

    def __init__(self, key):
        self._header = ("authorization", "Bearer " + key)

    def _with_key(self, details):
        return _CallDetails(details.method, details.timeout, [*(details.metadata or []), self._header],
                            details.credentials, details.wait_for_ready, details.compression)

    def intercept_unary_unary(self, continuation, details, request):
        return continuation(self._with_key(details), request)

    def intercept_unary_stream(self, continuation, details, request):
        return continuation(self._with_key(details), request)

    def intercept_stream_unary(self, continuation, details, requests):
        return continuation(self._with_key(details), requests)

    def intercept_stream_stream(self, continuation, details, requests):
        return continuation(self._with_key(details), requests)


def open_channel(target, key):
    channel = grpc.insecure_channel(target, options=[("grpc.max_receive_message_length", 64 * 1024 * 1024)])
    return grpc.intercept_channel(channel, Bearer(key)) if key else channel


def generate(repo):
    out = tempfile.mkdtemp(prefix="docgen-interop-py-")
    google = os.path.join(repo, "tests", "interop", "node", "node_modules", "google-proto-files")
    if not os.path.isfile(os.path.join(google, "google", "rpc", "error_details.proto")):
        sys.exit("google-proto-files is missing: run script/bootstrap (npm ci in tests/interop/node)")
    for include, names in [
        (os.path.join(repo, "protos"), ["docgen/v1/docgen.proto"]),
        # Flat (health_pb2, reflection_pb2): a grpc/ package of our own would hide grpcio's.
        (os.path.join(repo, "tests", "interop", "protos", "grpc", "health", "v1"), ["health.proto"]),
        (os.path.join(repo, "tests", "interop", "protos", "grpc", "reflection", "v1"), ["reflection.proto"]),
        (google, ["google/rpc/status.proto", "google/rpc/error_details.proto"]),
    ]:
        subprocess.run(["protoc", "-I" + include, "--python_out=" + out, *names], check=True)
    sys.path.insert(0, out)


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def expect_error(call, code):
    try:
        call()
    except grpc.RpcError as error:
        expect(error.code() == code, f"status {error.code()} ({error.details()!r}), expected {code}")
        return error
    raise AssertionError(f"call succeeded, expected {code}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--repo", default=os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..")))
    parser.add_argument("--key", default=os.environ.get("DOCGEN_KEY", ""))
    parser.add_argument("--site-key", default="")
    args = parser.parse_args()
    generate(args.repo)
    from docgen.v1 import docgen_pb2 as pb
    from google.rpc import error_details_pb2, status_pb2
    import health_pb2
    import reflection_pb2

    fixtures = os.path.join(args.repo, "..", "shared", "fixtures")

    def fixture(name):
        with open(os.path.join(fixtures, name), encoding="utf-8") as f:
            return json_format.Parse(f.read(), pb.RenderRequest())

    def long_request(request_id, paragraphs):
        request = fixture("synthetic-busy-2023.json")
        request.request_id = request_id
        del request.formats[:]
        request.formats.append(pb.PDF)
        request.report.overview.text = "\n".join(
            f"（{i}）本机关坚持以公开为常态、不公开为例外，围绕群众关切推进政府信息公开，第{i}项工作按计划完成。" for i in range(1, paragraphs + 1))
        return request

    channel = open_channel(args.target, args.key)
    keyless_channel = open_channel(args.target, "")
    site_channel = open_channel(args.target, args.site_key)
    grpc.channel_ready_future(keyless_channel).result(timeout=10)

    def method(name, request_type, response_type, kind="unary_unary", ch=channel):
        return getattr(ch, kind)(name, request_serializer=request_type.SerializeToString,
                                 response_deserializer=response_type.FromString)

    render = method("/docgen.v1.ReportService/Render", pb.RenderRequest, pb.RenderResponse)
    render_batch = method("/docgen.v1.ReportService/RenderBatch", pb.RenderRequest, pb.RenderResult, "stream_stream")
    validate = method("/docgen.v1.ReportService/Validate", pb.ValidateRequest, pb.ValidateResponse)
    list_sites = method("/docgen.v1.SiteService/ListSites", pb.ListSitesRequest, pb.ListSitesResponse)
    health_check = method("/grpc.health.v1.Health/Check", health_pb2.HealthCheckRequest, health_pb2.HealthCheckResponse)
    reflection = method("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                        reflection_pb2.ServerReflectionRequest, reflection_pb2.ServerReflectionResponse, "stream_stream")
    # v1alpha has the same messages and field numbers as v1, so the v1 classes serve for both.
    reflection_v1alpha = method("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                                reflection_pb2.ServerReflectionRequest, reflection_pb2.ServerReflectionResponse, "stream_stream")

    def case_render():
        request = fixture("panjin-commerce-2022.json")
        response = render(request, timeout=60)
        expect(response.request_id == request.request_id, f"request_id {response.request_id!r}")
        expect(response.edition == pb.EDITION_2021, f"edition {response.edition}")
        expect("盘锦市商务局" in response.html, "agency missing from the page")
        expect(response.pdf[:5] == b"%PDF-", f"pdf starts {response.pdf[:5]!r}")
        expect(response.page_count >= 1, f"page_count {response.page_count}")
        expect(len(response.content_sha256) == 64, f"content_sha256 {response.content_sha256!r}")

    def case_render_batch():
        requests = []
        for name in ["panjin-commerce-2022.json", "minhou-commerce-2020.json", "zhangdian-commerce-2017.json"]:
            requests.append(fixture(name))
        unknown = fixture("panjin-commerce-2022.json")
        unknown.request_id = "unknown-site"
        unknown.site_code = "0000000000"
        requests.append(unknown)
        results = {r.request_id: r for r in render_batch(iter(requests), timeout=120)}
        expect(sorted(results) == sorted(r.request_id for r in requests), f"results for {sorted(results)}")
        for request in requests[:3]:
            result = results[request.request_id]
            expect(result.WhichOneof("outcome") == "response" and result.response.pdf[:5] == b"%PDF-", f"{request.request_id}: {result}")
        expect(results["unknown-site"].error.code == grpc.StatusCode.NOT_FOUND.value[0], f"unknown-site: {results['unknown-site'].error}")

    def case_validate():
        response = validate(pb.ValidateRequest(report=fixture("synthetic-broken-2023.json").report), timeout=30)
        errors = sorted((f.code, f.path) for f in response.findings if f.severity == pb.Finding.ERROR)
        expect(errors == BROKEN_ERRORS, f"errors {errors}")
        expect(response.edition == pb.EDITION_2021, f"edition {response.edition}")

    def case_list_sites():
        sites = {s.site_code: s for s in list_sites(pb.ListSitesRequest(), timeout=10).sites}
        expect("2111000031" in sites, f"sites {sorted(sites)}")
        expect(sites["2111000031"].icp_record == "辽ICP备11007870号-1", f"icp {sites['2111000031'].icp_record!r}")

    def case_invalid_argument_with_bad_request():
        request = fixture("synthetic-broken-2023.json")
        request.strict = True
        error = expect_error(lambda: render(request, timeout=30), grpc.StatusCode.INVALID_ARGUMENT)
        details = dict(error.trailing_metadata()).get("grpc-status-details-bin")
        expect(details is not None, "no grpc-status-details-bin trailer")
        status = status_pb2.Status.FromString(details)
        expect(status.code == grpc.StatusCode.INVALID_ARGUMENT.value[0], f"rich status code {status.code}")
        bad_request = error_details_pb2.BadRequest()
        expect(status.details[0].Unpack(bad_request), f"detail is {status.details[0].type_url}")
        fields = sorted(v.field for v in bad_request.field_violations)
        expect(fields == sorted("report." + path for _, path in BROKEN_ERRORS), f"fields {fields}")
        expect(any(v.description.startswith("APPLICANT_ROW_TOTAL: 表三") for v in bad_request.field_violations), "descriptions")

    def case_deadline():
        expect_error(lambda: render(long_request("slow", 3000), timeout=0.2), grpc.StatusCode.DEADLINE_EXCEEDED)

    def case_cancel_mid_batch():
        stop = threading.Event()

        def requests():
            for i in range(20):
                if stop.is_set():
                    return
                yield long_request(f"long-{i}", 400)
        call = render_batch(requests(), timeout=120)
        first = next(call)
        expect(first.request_id.startswith("long-"), f"first result {first.request_id!r}")
        call.cancel()
        stop.set()
        try:
            for _ in call:
                pass
            raise AssertionError("the batch went on after the cancel")
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.CANCELLED, f"status {error.code()}")
        after = validate(pb.ValidateRequest(report=fixture("synthetic-busy-2023.json").report), timeout=30)
        expect(after.edition == pb.EDITION_2021, "the server serves on after the cancel")

    def case_gzip():
        request = fixture("panjin-commerce-2022.json")
        response, call = render.with_call(request, timeout=60, compression=grpc.Compression.Gzip)
        expect(call.code() == grpc.StatusCode.OK, f"status {call.code()}")
        expect(response.pdf[:5] == b"%PDF-" and "盘锦市商务局" in response.html, "gzip render differs")
        # grpcio keeps grpc-encoding to itself; CompressionTests reads the response's flag on the wire.

    def describe(reflection_method, symbol):
        # What grpcurl does: fetch the file holding a symbol, then build a pool from it and the
        # dependencies the answer carries, to find the service's methods.
        responses = list(reflection_method(iter([reflection_pb2.ServerReflectionRequest(file_containing_symbol=symbol)]), timeout=10))
        files = [descriptor_pb2.FileDescriptorProto.FromString(b) for b in responses[0].file_descriptor_response.file_descriptor_proto]
        expect(files, f"no files for {symbol}: {responses[0]}")
        pool = descriptor_pool.DescriptorPool()
        added = set()
        pending = list(files)
        while pending:
            ready = [f for f in pending if all(d in added for d in f.dependency)]
            expect(ready, f"dependencies missing among {[f.name for f in files]}")
            for f in ready:
                pool.Add(f)
                added.add(f.name)
                pending.remove(f)
        return pool.FindServiceByName(symbol)

    def case_reflection():
        requests = [reflection_pb2.ServerReflectionRequest(list_services=""),
                    reflection_pb2.ServerReflectionRequest(file_containing_symbol="docgen.v1.NoSuchMessage")]
        responses = list(reflection(iter(requests), timeout=10))
        names = sorted(s.name for s in responses[0].list_services_response.service)
        expect(names == SERVICES, f"services {names}")
        expect(responses[1].error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0], f"unknown symbol answered {responses[1]}")
        reports = describe(reflection, "docgen.v1.ReportService")
        expect(sorted(m.name for m in reports.methods) == ["GetLayout", "ImportReport", "Render", "RenderBatch", "Validate"], "ReportService methods")
        batch = reports.methods_by_name["RenderBatch"]
        expect(batch.input_type.full_name == "docgen.v1.RenderRequest" and batch.output_type.full_name == "docgen.v1.RenderResult", "RenderBatch types")
        health = describe(reflection_v1alpha, "grpc.health.v1.Health")
        expect(sorted(m.name for m in health.methods) == ["Check", "Watch"], "health methods via v1alpha")

    def case_health():
        for service in ["", "docgen.v1.ReportService", "docgen.v1.SiteService"]:
            response = health_check(health_pb2.HealthCheckRequest(service=service), timeout=10)
            expect(response.status == health_pb2.HealthCheckResponse.SERVING, f"health {service!r}: {response.status}")
        expect_error(lambda: health_check(health_pb2.HealthCheckRequest(service="no.such.Service"), timeout=10), grpc.StatusCode.NOT_FOUND)

    def case_unauthenticated():
        keyless_render = method("/docgen.v1.ReportService/Render", pb.RenderRequest, pb.RenderResponse, ch=keyless_channel)
        error = expect_error(lambda: keyless_render(fixture("panjin-commerce-2022.json"), timeout=30), grpc.StatusCode.UNAUTHENTICATED)
        expect(error.details().startswith("authorization:"), f"message {error.details()!r}")

    def case_permission_denied():
        site_render = method("/docgen.v1.ReportService/Render", pb.RenderRequest, pb.RenderResponse, ch=site_channel)
        request = fixture("panjin-commerce-2022.json")
        request.site_code = OTHER_SITE
        error = expect_error(lambda: site_render(request, timeout=30), grpc.StatusCode.PERMISSION_DENIED)
        expect(f'"{OTHER_SITE}"' in error.details(), f"message {error.details()!r}")

    cases = [case_render, case_render_batch, case_validate, case_list_sites, case_invalid_argument_with_bad_request,
             case_deadline, case_cancel_mid_batch, case_gzip, case_reflection, case_health,
             case_unauthenticated, case_permission_denied]
    failures = 0
    for case in cases:
        name = case.__name__[len("case_"):]
        try:
            case()
            print(f"PASS {name}")
        except Exception:  # report every case, then fail the run
            failures += 1
            print(f"FAIL {name}")
            traceback.print_exc(file=sys.stdout)
    for c in (channel, keyless_channel, site_channel):
        c.close()
    print(f"python grpcio {grpc.__version__}: {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
