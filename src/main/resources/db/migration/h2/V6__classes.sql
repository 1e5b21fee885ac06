-- Classes: an instructor's class on a case, which students join by a code. The join code and the instructor's secret
-- are kept only as SHA-256 hashes. A student is a name in a class and the owner of the branches they make (owner is the
-- owner column of govsim_timeline: "key:" and the SHA-256 of the student's key).
CREATE TABLE govsim_class (
    id VARCHAR(40) PRIMARY KEY,
    case_id VARCHAR(200) NOT NULL,
    role VARCHAR(100),
    title VARCHAR(200) NOT NULL,
    join_code VARCHAR(100) NOT NULL UNIQUE,
    instructor VARCHAR(100) NOT NULL UNIQUE,
    revealed BOOLEAN NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    expires_at VARCHAR(40) NOT NULL,
    closed_at VARCHAR(40));

CREATE TABLE govsim_student (
    id VARCHAR(40) PRIMARY KEY,
    class_id VARCHAR(40) NOT NULL REFERENCES govsim_class (id),
    name VARCHAR(100) NOT NULL,
    owner VARCHAR(100) NOT NULL UNIQUE,
    joined_at VARCHAR(40) NOT NULL,
    CONSTRAINT govsim_student_name UNIQUE (class_id, name));
