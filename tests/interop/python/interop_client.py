#!/usr/bin/python3
"""Interop client for the DocGen gRPC transport, written against the official grpcio client.

Usage: /usr/bin/python3 interop_client.py --port PORT --repo REPO_ROOT

Runs every case against the in-process Echo server the xunit test starts, asserting the exact
status code and payload of each. Message classes are generated with protoc into a temp dir.
Exits 0 when every case passes, 1 otherwise.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import traceback

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

# Limits the test server is configured with (EchoServer.cs).
MAX_RECEIVE = 1024 * 1024
NON_ASCII = "未找到站点：政府信息公开工作年度报告 – 100%"


def generate(repo, out):
    protos = [
        (os.path.join(repo, "tests", "DocGen.Grpc.Tests", "Protos"), "interop.proto"),
        (os.path.join(repo, "src", "DocGen.Grpc", "Protos", "grpc", "health", "v1"), "health.proto"),
        (os.path.join(repo, "src", "DocGen.Grpc", "Protos", "grpc", "reflection", "v1"), "reflection.proto"),
    ]
    for include, name in protos:
        subprocess.run(["protoc", "-I", include, "--python_out", out, name], check=True)
    sys.path.insert(0, out)


def rpc_status_class():
    """google.rpc.Status built at run time, to read grpc-status-details-bin without googleapis."""
    file = descriptor_pb2.FileDescriptorProto(name="interop_rpc_status.proto", package="google.rpc", syntax="proto3")
    message = file.message_type.add(name="Status")
    message.field.add(name="code", number=1, type=descriptor_pb2.FieldDescriptorProto.TYPE_INT32,
                      label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL)
    message.field.add(name="message", number=2, type=descriptor_pb2.FieldDescriptorProto.TYPE_STRING,
                      label=descriptor_pb2.FieldDescriptorProto.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    descriptor = pool.FindMessageTypeByName("google.rpc.Status")
    if hasattr(message_factory, "GetMessageClass"):
        return message_factory.GetMessageClass(descriptor)
    return message_factory.MessageFactory(pool).GetPrototype(descriptor)


def expect(condition, what):
    if not condition:
        raise AssertionError(what)


def expect_error(call, code, details=None):
    try:
        call()
    except grpc.RpcError as error:
        expect(error.code() == code, f"status {error.code()} ({error.details()!r}), expected {code}")
        if details is not None:
            expect(error.details() == details, f"details {error.details()!r}, expected {details!r}")
        return error
    raise AssertionError(f"call succeeded, expected {code}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--repo", required=True)
    args = parser.parse_args()

    out = tempfile.mkdtemp(prefix="docgen-interop-py-")
    generate(args.repo, out)
    import interop_pb2 as pb
    import health_pb2
    import reflection_pb2

    target = f"127.0.0.1:{args.port}"
    channel = grpc.insecure_channel(target)
    grpc.channel_ready_future(channel).result(timeout=10)

    def method(name, request_type, response_type, kind="unary_unary", ch=channel):
        return getattr(ch, kind)(name, request_serializer=request_type.SerializeToString,
                                 response_deserializer=response_type.FromString)

    unary = method("/interop.v1.Echo/Unary", pb.EchoRequest, pb.EchoReply)
    server_stream = method("/interop.v1.Echo/ServerStream", pb.StreamRequest, pb.EchoReply, "unary_stream")
    bidi = method("/interop.v1.Echo/Bidi", pb.EchoRequest, pb.EchoReply, "stream_stream")
    fail = method("/interop.v1.Echo/Fail", pb.FailRequest, pb.EchoReply)
    sleep = method("/interop.v1.Echo/Sleep", pb.SleepRequest, pb.EchoReply)
    wait_for_cancel = method("/interop.v1.Echo/WaitForCancel", pb.EchoRequest, pb.EchoReply, "unary_stream")
    unknown = method("/interop.v1.Echo/NoSuchMethod", pb.EchoRequest, pb.EchoReply)
    health_check = method("/grpc.health.v1.Health/Check", health_pb2.HealthCheckRequest, health_pb2.HealthCheckResponse)
    reflection = method("/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
                        reflection_pb2.ServerReflectionRequest, reflection_pb2.ServerReflectionResponse, "stream_stream")

    def case_unary():
        reply, call = unary.with_call(pb.EchoRequest(message="你好，年度报告", payload=b"\x00\x01\xff"), timeout=10)
        expect(call.code() == grpc.StatusCode.OK, f"status {call.code()}")
        expect(reply.message == "你好，年度报告", f"message {reply.message!r}")
        expect(reply.payload == b"\x00\x01\xff", f"payload {reply.payload!r}")

    def case_server_streaming():
        replies = [(r.message, r.index) for r in server_stream(pb.StreamRequest(message="page", count=3), timeout=10)]
        expect(replies == [("page #1", 1), ("page #2", 2), ("page #3", 3)], f"replies {replies}")

    def case_bidi():
        words = ["一", "二", "三"]
        replies = [(r.message, r.index) for r in bidi(iter(pb.EchoRequest(message=w) for w in words), timeout=10)]
        expect(replies == [("一", 1), ("二", 2), ("三", 3)], f"replies {replies}")

    def case_error_non_ascii():
        expect_error(lambda: fail(pb.FailRequest(code=grpc.StatusCode.NOT_FOUND.value[0], message=NON_ASCII), timeout=10),
                     grpc.StatusCode.NOT_FOUND, NON_ASCII)

    def case_error_rich_details():
        error = expect_error(lambda: fail(pb.FailRequest(code=grpc.StatusCode.INVALID_ARGUMENT.value[0], message="报告无效"), timeout=10),
                             grpc.StatusCode.INVALID_ARGUMENT, "报告无效")
        details = dict(error.trailing_metadata()).get("grpc-status-details-bin")
        expect(details is not None, "no grpc-status-details-bin trailer")
        status = rpc_status_class().FromString(details)
        expect(status.code == 3 and status.message == "报告无效", f"rich status {status}")

    def case_deadline():
        started = time.monotonic()
        expect_error(lambda: sleep(pb.SleepRequest(milliseconds=5000), timeout=0.3), grpc.StatusCode.DEADLINE_EXCEEDED)
        expect(time.monotonic() - started < 3, "deadline took too long to surface")

    def case_client_cancel():
        call = wait_for_cancel(pb.EchoRequest(message="waiting"), timeout=10)
        first = next(call)
        expect(first.message == "waiting", f"first reply {first.message!r}")
        call.cancel()
        try:
            next(call)
            raise AssertionError("stream continued after cancel")
        except grpc.RpcError as error:
            expect(error.code() == grpc.StatusCode.CANCELLED, f"status {error.code()}")

    def case_unknown_method():
        expect_error(lambda: unknown(pb.EchoRequest(), timeout=10), grpc.StatusCode.UNIMPLEMENTED)

    def case_oversized_message():
        big = pb.EchoRequest(payload=b"\x01" * (MAX_RECEIVE + 1))
        expect_error(lambda: unary(big, timeout=10), grpc.StatusCode.RESOURCE_EXHAUSTED)

    def case_gzip():
        text = "政府信息公开" * 500
        reply, call = unary.with_call(pb.EchoRequest(message=text), timeout=10, compression=grpc.Compression.Gzip)
        expect(call.code() == grpc.StatusCode.OK, f"status {call.code()}")
        expect(reply.message == text, "gzip echo differs")
        gzip_channel = grpc.insecure_channel(target, compression=grpc.Compression.Gzip)
        reply = method("/interop.v1.Echo/Unary", pb.EchoRequest, pb.EchoReply, ch=gzip_channel)(pb.EchoRequest(message=text), timeout=10)
        expect(reply.message == text, "gzip channel echo differs")
        gzip_channel.close()

    def case_health_check():
        response = health_check(health_pb2.HealthCheckRequest(service=""), timeout=10)
        expect(response.status == health_pb2.HealthCheckResponse.SERVING, f"health {response.status}")
        expect_error(lambda: health_check(health_pb2.HealthCheckRequest(service="no.such.Service"), timeout=10),
                     grpc.StatusCode.NOT_FOUND)

    def case_reflection_list_services():
        requests = [reflection_pb2.ServerReflectionRequest(list_services=""),
                    reflection_pb2.ServerReflectionRequest(file_containing_symbol="no.such.Symbol")]
        responses = list(reflection(iter(requests), timeout=10))
        expect(len(responses) == 2, f"{len(responses)} responses")
        names = sorted(s.name for s in responses[0].list_services_response.service)
        expected = ["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection",
                    "grpc.reflection.v1alpha.ServerReflection", "interop.v1.Echo"]
        expect(names == expected, f"services {names}")
        expect(responses[1].error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0],
               f"unknown symbol answered {responses[1]}")

    def describe(reflection_method, request_type, symbol):
        # What grpcurl does: fetch the file holding a symbol, then build a pool from it and its
        # dependencies (which the answer must carry) to find the service's methods.
        responses = list(reflection_method(iter([request_type(file_containing_symbol=symbol)]), timeout=10))
        files = [descriptor_pb2.FileDescriptorProto.FromString(b)
                 for b in responses[0].file_descriptor_response.file_descriptor_proto]
        expect(files, f"no files for {symbol}: {responses[0]}")
        pool = descriptor_pool.DescriptorPool()
        pending = list(files)
        while pending:
            ready = [f for f in pending if all(d in [g.name for g in files if g not in pending] for d in f.dependency)]
            expect(ready, f"dependencies missing among {[f.name for f in files]}")
            for f in ready:
                pool.Add(f)
                pending.remove(f)
        return pool.FindServiceByName(symbol)

    def case_reflection_describe():
        echo = describe(reflection, reflection_pb2.ServerReflectionRequest, "interop.v1.Echo")
        methods = sorted(m.name for m in echo.methods)
        expect(methods == ["Bidi", "Big", "ClientStream", "Fail", "ServerStream", "Sleep", "Unary", "WaitForCancel"],
               f"methods {methods}")
        bidi_method = echo.methods_by_name["Bidi"]
        expect(bidi_method.input_type.full_name == "interop.v1.EchoRequest", f"Bidi input {bidi_method.input_type.full_name}")
        # v1alpha has the same messages and field numbers as v1, so the v1 classes serve for both.
        v1alpha = method("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                         reflection_pb2.ServerReflectionRequest, reflection_pb2.ServerReflectionResponse, "stream_stream")
        health = describe(v1alpha, reflection_pb2.ServerReflectionRequest, "grpc.health.v1.Health")
        expect(sorted(m.name for m in health.methods) == ["Check", "Watch"], "health methods via v1alpha")

    cases = [case_unary, case_server_streaming, case_bidi, case_error_non_ascii, case_error_rich_details,
             case_deadline, case_client_cancel, case_unknown_method, case_oversized_message, case_gzip,
             case_health_check, case_reflection_list_services, case_reflection_describe]
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
    channel.close()
    print(f"python grpcio {grpc.__version__}: {len(cases) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
