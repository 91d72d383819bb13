-- sort=salary within one role (the usual "telecaller, best paid first"): the pay order of that role's
-- jobs straight from an index; the global salary index would wade through better-paid other roles.
CREATE INDEX job_search_role_salary_idx ON job_search (role, (coalesce(salary_max, -1)::float8) DESC, id DESC);
