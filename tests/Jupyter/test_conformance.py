"""The standard Jupyter kernel conformance suite (jupyter_kernel_test), run against the workspace kernel."""
import unittest

import jupyter_kernel_test

from conftest import KERNEL_NAME


class WorkspaceKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = KERNEL_NAME
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("something went wrong");'

    completion_samples = [
        {"text": "Console.WriteLi", "matches": {"WriteLine"}},
        {"text": "var totalGdp = 1; totalG", "matches": {"totalGdp"}},
    ]

    complete_code_samples = ["1 + 1", "var x = 1;", "#r \"nuget: Sep\"", "Console.WriteLine(\"a\");"]
    incomplete_code_samples = ["if (true) {", "var xs = new[] {", "Console.WriteLine("]
    invalid_code_samples = ["var = ;", "int 1x = 2;"]

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": "\"廣州\" + \"重慶\"", "result": "廣州重慶"},
    ]

    code_display_data = [
        {"code": "\"<b>bold</b>\".DisplayAs(\"text/html\");", "mime": "text/html"},
        {
            "code": "new FigureCatalog(DataSetLoader.Load(\"../data\")).Build(\"gdp-race\").Chart.Display();",
            "mime": "application/vnd.plotly.v1+json",
        },
    ]

    code_generate_error = 'throw new InvalidOperationException("boom");'
    code_inspect_sample = "Console.WriteLine"


if __name__ == "__main__":
    unittest.main()
