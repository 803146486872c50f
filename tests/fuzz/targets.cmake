# The fuzz targets, one call each, read by both CMake configurations (tests/fuzz/CMakeLists.txt
# registers the ctest tests; tests/fuzz/clang/CMakeLists.txt builds them with clang):
#
#   zoho_fuzz_target(NAME SOURCE CORE file.cpp... [QT Component...])
#
# SOURCE is the fuzzer in this folder; CORE the files of app/core/ it exercises (compiled into the
# fuzzer with coverage instrumentation); QT the Qt modules besides Core. Seeds: corpus/NAME/.

zoho_fuzz_target(cleaner fuzz_cleaner.cpp
    CORE credentials/credentialparser.cpp credentials/credentials.cpp text/printabletext.cpp)

zoho_fuzz_target(zohoreply fuzz_zohoreply.cpp
    CORE zoho/zohoreplyreader.cpp text/printabletext.cpp)

zoho_fuzz_target(callbackrequest fuzz_callbackrequest.cpp
    CORE zoho/callbackrequest.cpp)
