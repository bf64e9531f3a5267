"""PyInstaller hook for llama-cpp-python (none ships with PyInstaller or its contrib hooks).

llama_cpp loads its libraries with ctypes from ``Path(llama_cpp.__file__).parent / "lib"``
(or ``LLAMA_CPP_LIB_PATH``), so PyInstaller's import analysis never sees them:
the usual "Shared library with base name 'llama' not found" in a frozen app.
``collect_dynamic_libs`` keeps each file's path relative to the package, which
puts libllama, libggml*, libmtmd (and ggml-metal / default.metallib on macOS,
*.dll on Windows) in ``llama_cpp/lib`` inside the bundle, where llama_cpp looks.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

binaries = collect_dynamic_libs("llama_cpp")
# Metal shaders, for builds that do not embed them in the library.
datas = collect_data_files("llama_cpp", includes=["**/*.metal", "**/*.metallib"])
# The OpenAI-compatible server needs FastAPI/uvicorn, which the app never uses.
excludedimports = ["llama_cpp.server"]
