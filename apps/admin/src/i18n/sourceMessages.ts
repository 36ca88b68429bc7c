import type { Locale } from '@bitgoeul/domain';

/**
 * The words of sources, the source picker, the import pages' file source and preview, and the profile
 * page (merged into appMessages under `bitgoeul`).
 */
export function sourceMessages(locale: Locale) {
  const text = <T>(ko: T, en: T) => (locale === 'ko' ? ko : en);
  return {
    sources: {
      codeHint: text(
        '영문 대문자·숫자를 하이픈으로 이어 씁니다. 예: KOSIS-2021-05-BIRTHS',
        'Capital letters and digits joined by hyphens, e.g. KOSIS-2021-05-BIRTHS',
      ),
      urlHint: text('http:// 또는 https://로 시작하는 주소', 'An address starting with http:// or https://'),
      notCited: text('아직 이 출처를 인용한 기록이 없습니다.', 'No record cites this source yet.'),
      citedBy: {
        Observation: text('관측값', 'Observations'),
        Target: text('목표', 'Targets'),
      },
      picker: text('출처', 'Source'),
      pickerMany: text('출처', 'Sources'),
      pickerHint: text('제목이나 코드로 검색', 'Search by title or code'),
      noSource: text(
        '등록된 출처가 없습니다. 먼저 출처를 등록하십시오.',
        'There is no source on record yet; add one first.',
      ),
      create: text('새 출처 등록', 'Add a source'),
    },
    sheet: {
      fileSource: text('이 파일의 출처', 'Source of this file'),
      fileSourceHint: text(
        '출처 코드 열이 비어 있는 행은 모두 이 출처를 인용합니다. 행에 출처 코드가 있으면 그 코드가 우선합니다.',
        'Every row whose source code is blank cites this source; a row’s own source code wins.',
      ),
      chooseSourceFirst: text(
        '파일을 고르기 전에 이 파일의 출처를 고르십시오. 목록에 없으면 먼저 출처를 등록하십시오.',
        'Choose the source of this file before the file; if it is not listed, add it first.',
      ),
      preview: text('읽은 내용 미리 보기', 'Preview of what was read'),
      previewCount: text('전체 %{count}행 중 처음 %{shown}행', 'The first %{shown} of %{count} rows'),
      previewAll: text('전체 %{count}행', 'All %{count} rows'),
      previewColumns: text('읽은 열: %{columns}', 'Columns read: %{columns}'),
      row: text('행', 'Row'),
    },
    profile: {
      menu: text('내 정보', 'Profile'),
      title: text('내 정보', 'My profile'),
      account: text('계정', 'Account'),
      email: text('이메일', 'Email'),
      role: text('역할', 'Role'),
      name: text('이름', 'Name'),
      nameHint: text(
        '감사 기록에 이 이름이 표시됩니다.',
        'The audit log shows this name beside your changes.',
      ),
      saveName: text('이름 저장', 'Save name'),
      nameSaved: text('이름을 저장했습니다.', 'Your name was saved.'),
      language: text('화면 언어', 'Language'),
      languageHint: text(
        '이 브라우저에서 관리 화면을 보는 언어입니다.',
        'The language of the admin panel in this browser.',
      ),
      password: text('비밀번호 변경', 'Change password'),
      passwordIntro: text(
        '현재 비밀번호를 확인한 뒤 바꿉니다. 바꾸면 다른 기기의 로그인은 모두 끝나고, 이 화면은 로그인된 채로 남습니다.',
        'Your current password is checked first. Once changed, you are signed out everywhere else; this page stays signed in.',
      ),
      currentPassword: text('현재 비밀번호', 'Current password'),
      newPassword: text('새 비밀번호', 'New password'),
      newPasswordHint: text(
        '12자 이상. 외우기 쉬운 긴 문장을 권합니다.',
        'At least 12 characters; a long, memorable phrase is best.',
      ),
      confirmPassword: text('새 비밀번호 확인', 'Confirm the new password'),
      mismatch: text('새 비밀번호가 서로 다릅니다.', 'The two new passwords differ.'),
      changePassword: text('비밀번호 바꾸기', 'Change password'),
      passwordChanged: text(
        '비밀번호를 바꿨습니다. 다른 기기의 로그인은 모두 끝났습니다.',
        'Password changed. You were signed out everywhere else.',
      ),
      failed: text('저장하지 못했습니다: %{reason}', 'Could not save: %{reason}'),
    },
  };
}
