{
  "targets": [
    {
      "target_name": "hardening",
      "sources": ["src/hardening.c"],
      "cflags": ["-Wall", "-Wextra", "-Werror", "-O2"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}
