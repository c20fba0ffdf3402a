# DocGen: the server and the docgen tool, published self-contained, on Debian bookworm with the CJK
# faces the PDF needs. docker build -t docgen .   (run: docs/operations.md#docker)
# The base images are arguments; docs/operations.md says how script/build-image builds this same
# file from local bases where Docker Hub and MCR cannot be reached.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG NODE_IMAGE=node:20-bookworm
ARG DEBIAN_IMAGE=debian:bookworm-slim

# The 公文 faces Debian ships as CFF OpenType (Fandol in texlive-lang-chinese, Noto Serif CJK SC),
# converted to TrueType by script/convert-fonts.py; only the converted faces and the TrueType
# faces leave this stage. texlive-lang-chinese is unpacked, not installed: its fonts are all we
# take, and installing it brings TeX itself.
FROM ${DEBIAN_IMAGE} AS fonts
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3-fonttools fonts-noto-cjk-extra \
      fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-lxgw-wenkai fonts-liberation2 \
 && cd /tmp && apt-get download texlive-lang-chinese \
 && dpkg-deb -x texlive-lang-chinese_*.deb / && rm texlive-lang-chinese_*.deb \
 && rm -rf /var/lib/apt/lists/*
COPY script/convert-fonts.py /usr/local/bin/
RUN python3 /usr/local/bin/convert-fonts.py /fonts/converted \
 && mkdir -p /fonts/truetype \
 && cp -r /usr/share/fonts/truetype/arphic /usr/share/fonts/truetype/wqy /usr/share/fonts/truetype/liberation2 /fonts/truetype/ \
 && mkdir /fonts/truetype/lxgw-wenkai \
 && cp /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf /fonts/truetype/lxgw-wenkai/

FROM ${SDK_IMAGE} AS build
ARG RUNTIME_ID=linux-x64
WORKDIR /src
COPY DocGen.sln Directory.Build.props Directory.Build.targets Directory.Packages.props global.json ./
COPY protos/ protos/
COPY src/ src/
RUN dotnet restore src/DocGen.Server/DocGen.Server.csproj -r ${RUNTIME_ID} \
 && dotnet restore src/DocGen.Cli/DocGen.Cli.csproj -r ${RUNTIME_ID}
RUN dotnet publish src/DocGen.Server/DocGen.Server.csproj -c Release -r ${RUNTIME_ID} --self-contained --no-restore -o /app \
 && dotnet publish src/DocGen.Cli/DocGen.Cli.csproj -c Release -r ${RUNTIME_ID} --self-contained --no-restore -o /app

# The admin page: the client generated from protos/ with protoc-gen-es, bundled by esbuild.
FROM ${NODE_IMAGE} AS web
RUN apt-get update \
 && apt-get install -y --no-install-recommends protobuf-compiler \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY protos/ protos/
COPY web/admin/ web/admin/
RUN cd web/admin && npm ci --no-audit --no-fund && npm run build

FROM ${DEBIAN_IMAGE} AS runtime
# What a self-contained .NET program needs of the system (as in Microsoft's runtime-deps image);
# ImportReport reads scanned PDFs through OCR: pdftoppm (poppler-utils) and Tesseract with chi_sim.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates libicu72 libssl3 tzdata \
    poppler-utils tesseract-ocr tesseract-ocr-chi-sim \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 1654 app \
 && useradd --uid 1654 --gid app --create-home --shell /usr/sbin/nologin app
COPY --from=fonts /fonts/truetype/ /usr/share/fonts/truetype/
COPY --from=fonts /fonts/converted/ /opt/docgen/fonts/
WORKDIR /app
COPY --from=build /app ./
COPY templates/ /app/templates/
# Served only with DOCGEN_Admin__Enabled=true (and DOCGEN_Admin__AllowRemote=true: Docker's port mapping is not loopback).
COPY --from=web /src/web/admin/dist/ /app/web/admin/dist/
# Reachable from other machines, so the server starts only with API keys (Auth:Keys) or TLS: pass
# each key's SHA-256 and its sites at run time (docgen key makes a key), e.g.
#   docker run -p 50051:50051 -e DOCGEN_Auth__Keys__0__Name=cms \
#     -e DOCGEN_Auth__Keys__0__Sha256=<sha256> -e DOCGEN_Auth__Keys__0__Sites__0=2111000031 docgen
# GC: Server GC with DATAS comes from DocGen.Server.runtimeconfig.json (see the csproj); with a
# container memory limit the runtime caps the heap at 75% of it by itself.
ENV DOCGEN_Server__Address=http://0.0.0.0:50051 \
    DOCGEN_Server__WebAddress=http://0.0.0.0:50052 \
    DOCGEN_Templates__Root=/app/templates \
    DOCGEN_FONT_CACHE=/opt/docgen/fonts
USER app
# 50051 gRPC (h2c), 50052 gRPC-Web for browsers (HTTP/1.1)
EXPOSE 50051 50052
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/app/docgen", "health", "--server", "http://127.0.0.1:50051"]
ENTRYPOINT ["/app/DocGen.Server"]
