# Writes OUT, a C++ file holding each migration of FILES as a raw string,
# in the order given (the files are numbered 001_, 002_ ...).
set(body "// Generated from schema/*.sql by cmake/embed_sql.cmake. Do not edit.\n")
string(APPEND body "#include \"store/migrations.h\"\n\nnamespace diplograph::store {\n\n")
string(APPEND body "const std::vector<Migration>& migrations() {\n  static const std::vector<Migration> kMigrations = {\n")
foreach(f IN LISTS FILES)
  get_filename_component(name ${f} NAME)
  string(SUBSTRING ${name} 0 3 number)
  math(EXPR version "${number}")
  file(READ ${f} sql)
  string(APPEND body "    {${version}, \"${name}\", R\"diplograph_sql(${sql})diplograph_sql\"},\n")
endforeach()
string(APPEND body "  };\n  return kMigrations;\n}\n\n}  // namespace diplograph::store\n")
file(WRITE ${OUT} "${body}")
