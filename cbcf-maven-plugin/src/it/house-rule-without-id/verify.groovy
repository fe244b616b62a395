// kie-maven-plugin compiled the rules with the BOM's Drools; the contract test then failed the build on the rule
// without @id, naming it.
def expect(boolean holds, String what) { if (!holds) throw new AssertionError(what) }
def log = new File(basedir, 'build.log').text
expect(log.contains('kie-maven-plugin:10.2.0:build (compile-house-rules)'), 'kie-maven-plugin ran')
expect(log.contains('BUILD FAILURE'), 'the build failed')
expect(log.contains('Firearms smuggling for the border desk'), 'the failure names the rule')
expect(log.contains('lacks the metadata @id'), 'the failure says @id is missing')
expect(log.contains('Tests run: 1, Failures: 0, Errors: 1'), 'the contract test failed')
return true
