// The build failed on the findings at or above HIGH, after writing the chosen reports.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(log.contains('BUILD FAILURE'), 'log.contains("BUILD FAILURE")')
expect((log =~ /cbcf: \d+ findings at or above HIGH may require review \(first: CBCF-[A-Z]+-\d+ on /) as boolean, 'log =~ /cbcf: \\d+ findings at or above HIGH may require review \\(first: CBCF-[A-Z]+-\\d+ on /')
expect(new File(basedir, 'target/cbcf/cbcf-report.html').isFile(), 'new File(basedir, "target/cbcf/cbcf-report.html").isFile()')
def json = new File(basedir, 'target/cbcf/cbcf-report.json')
expect(json.isFile() && json.text.contains('"severity" : "HIGH"'), 'json.isFile() && json.text.contains(""severity" : "HIGH"")')
expect(!new File(basedir, 'target/cbcf/cbcf-report.sarif').exists(), '!new File(basedir, "target/cbcf/cbcf-report.sarif").exists()')
return true
