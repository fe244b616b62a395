// The check ran in verify, wrote the default reports (html and sarif) and logged its summary.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(new File(basedir, 'target/cbcf/cbcf-report.html').isFile(), 'new File(basedir, "target/cbcf/cbcf-report.html").isFile()')
expect(new File(basedir, 'target/cbcf/cbcf-report.sarif').isFile(), 'new File(basedir, "target/cbcf/cbcf-report.sarif").isFile()')
expect(!new File(basedir, 'target/cbcf/cbcf-report.json').exists(), '!new File(basedir, "target/cbcf/cbcf-report.json").exists()')
expect((log =~ /cbcf: 1 file, 4 outcomes reviewed, 1 finding \(1 INFO\); reports in /) as boolean, 'log =~ /cbcf: 1 file, 4 outcomes reviewed, 1 finding \\(1 INFO\\); reports in /')
expect(new File(basedir, 'target/cbcf/cbcf-report.html').text.contains('CBCF-ACCT-001'), 'new File(basedir, "target/cbcf/cbcf-report.html").text.contains("CBCF-ACCT-001")')
expect(log.contains('BUILD SUCCESS'), 'log.contains("BUILD SUCCESS")')
return true
