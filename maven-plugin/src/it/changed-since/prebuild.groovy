// A repository whose last commit has both DAOs; then AdminDao is edited, so only it has changed.
def git = { String... args ->
  def process = (['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList())
      .execute(null, basedir)
  def output = process.text
  assert process.waitFor() == 0 : "git ${args.join(' ')}: ${output}"
}
git('init', '-q')
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git('add', '.')
git('commit', '-q', '-m', 'both DAOs')
def admin = new File(basedir, 'src/main/java/com/acme/auth/AdminDao.java')
admin.text = admin.text.replace('public class AdminDao {', 'public class AdminDao {\n\n  // edited after the commit')
return true
