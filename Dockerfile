# DocGen: build with the .NET SDK, run on the ASP.NET runtime with the CJK fonts the PDF needs.
# Not built in this repository's CI (no Docker engine there); kept correct by reading. See docs/operations.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
WORKDIR /src
# Restore first, from the project files alone, so the layer is reused when only code changes.
COPY DocGen.sln Directory.Build.props Directory.Build.targets Directory.Packages.props global.json ./
COPY protos/ protos/
COPY src/ src/
RUN dotnet restore src/DocGen.Server/DocGen.Server.csproj \
 && dotnet restore src/DocGen.Cli/DocGen.Cli.csproj
RUN dotnet publish src/DocGen.Server/DocGen.Server.csproj -c Release --no-restore -o /app \
 && dotnet publish src/DocGen.Cli/DocGen.Cli.csproj -c Release --no-restore -o /app

# The admin page: the client generated from protos/ with protoc-gen-es, bundled by esbuild.
FROM node:20-bookworm AS web
RUN apt-get update \
 && apt-get install -y --no-install-recommends protobuf-compiler \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY protos/ protos/
COPY web/admin/ web/admin/
RUN cd web/admin && npm ci --no-audit --no-fund && npm run build

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble AS runtime
# TrueType-outline CJK faces (not Noto CJK: CFF outlines get embedded whole).
# LXGW WenKai is only a fallback face; older Ubuntu releases lack the package, so it is optional.
# ImportReport reads scanned PDFs through OCR: pdftoppm (poppler-utils) and Tesseract with chi_sim.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-liberation2 \
    poppler-utils tesseract-ocr tesseract-ocr-chi-sim \
 && (apt-get install -y --no-install-recommends fonts-lxgw-wenkai || echo "fonts-lxgw-wenkai not available: fallback faces only") \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY templates/ /app/templates/
# Served only with DOCGEN_Admin__Enabled=true (and DOCGEN_Admin__AllowRemote=true: Docker's port mapping is not loopback).
COPY --from=web /src/web/admin/dist/ /app/web/admin/dist/
# Reachable from other machines, so the server starts only with API keys (Auth:Keys) or TLS: pass
# each key's SHA-256 and its sites at run time (docgen key makes a key), e.g.
#   docker run -p 50051:50051 -e DOCGEN_Auth__Keys__0__Name=cms \
#     -e DOCGEN_Auth__Keys__0__Sha256=<sha256> -e DOCGEN_Auth__Keys__0__Sites__0=2111000031 docgen
ENV DOCGEN_Server__Address=http://0.0.0.0:50051 \
    DOCGEN_Server__WebAddress=http://0.0.0.0:50052 \
    DOCGEN_Templates__Root=/app/templates
# GC: Server GC with DATAS comes from DocGen.Server.runtimeconfig.json (see the csproj); with a
# container memory limit the runtime caps the heap at 75% of it by itself.
# The image's own non-root user (uid 1654).
USER app
# 50051 gRPC (h2c), 50052 gRPC-Web for browsers (HTTP/1.1)
EXPOSE 50051 50052
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "/app/docgen.dll", "health", "--server", "http://127.0.0.1:50051"]
ENTRYPOINT ["dotnet", "/app/DocGen.Server.dll"]
