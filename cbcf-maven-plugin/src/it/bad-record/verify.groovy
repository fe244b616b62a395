// A typo in a record fails the build with one line naming the file, line and column, and writes no report.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(log.contains('BUILD FAILURE'), 'log.contains("BUILD FAILURE")')
expect((log =~ /action-plan-2030\.yaml:53:\d+: outcomes\[2\]\.kind: unknown OutcomeKind 'PLEDGD'/) as boolean, 'log =~ /action-plan-2030\\.yaml:53:\\d+: outcomes\\[2\\]\\.kind: unknown OutcomeKind "PLEDGD"/')
expect(!new File(basedir, 'target/cbcf').exists(), '!new File(basedir, "target/cbcf").exists()')
return true
