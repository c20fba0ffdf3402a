#!/usr/bin/env bash
# The templates folder as the ConfigMap docgen-templates, one key per file. ConfigMap keys cannot
# hold "/", so a file's key is its path with "/" written "__" (sites/2111000031/site.json →
# sites__2111000031__site.json), and the Deployment's volume items put each key back at its path.
#
#   templates-configmap.sh [DIR] | kubectl apply -f -   the ConfigMap (needs kubectl, no cluster)
#   templates-configmap.sh --items [DIR]                the volume items for deployment.yaml
#
# DIR defaults to the repository's templates/.
set -euo pipefail
mode=configmap
if [ "${1:-}" = "--items" ]; then mode=items; shift; fi
dir=${1:-"$(dirname "$0")/../../templates"}
[ -d "$dir" ] || { echo "templates-configmap.sh: no such folder: $dir" >&2; exit 2; }

paths=()
while IFS= read -r -d '' file; do paths+=("${file#"$dir"/}"); done \
  < <(find "$dir" -type f ! -name '*.md' ! -name '.*' -print0 | LC_ALL=C sort -z)

case $mode in
  items)
    for path in "${paths[@]}"; do
      printf -- '- key: %s\n  path: %s\n' "${path//\//__}" "$path"
    done ;;
  configmap)
    args=()
    for path in "${paths[@]}"; do args+=("--from-file=${path//\//__}=$dir/$path"); done
    kubectl create configmap docgen-templates --dry-run=client -o yaml "${args[@]}" ;;
esac
